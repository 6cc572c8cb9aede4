using System.CommandLine;
using Runbook.Engine.Reporting;

namespace Runbook.Cli.Commands;

/// <summary><c>runbook report RUN_ID</c>: the audit report of a run, in Markdown, HTML or JSON.</summary>
internal static class ReportCommand
{
    public static Command Create(CliContext context)
    {
        var runId = new Argument<string>("run") { Description = "The run's id (see 'runbook runs')." };
        var state = StateOption.Create();
        var format = CommonOptions.Format("md, html, or json (the template model).", "md", "html", "json");
        var templates = new Option<string?>("--template")
        {
            Description = "A folder of templates replacing the built-in report.md.sbn and report.html.sbn.",
        };
        var output = new Option<string?>("--out")
        {
            Description = "Write the report to this file instead of standard output.",
        };
        var command = new Command("report", "Write the audit report of a run.")
        {
            runId, state, format, templates, output,
        };
        command.SetAction(async (result, token) =>
        {
            using var journal = StateLocation.OpenExisting(result.GetValue(state));
            var id = result.GetRequiredValue(runId);
            if (await journal.FindRunAsync(id, token) is null)
            {
                throw new UsageException($"No run {id} in {journal.FilePath}; 'runbook runs' lists the runs.");
            }

            var model = await ReportModelBuilder.BuildAsync(journal, id, new ReportOptions(), token);
            var reportFormat = result.GetValue(format) switch
            {
                "html" => ReportFormat.Html,
                "json" => ReportFormat.Json,
                _ => ReportFormat.Markdown,
            };

            string text;
            try
            {
                text = new ReportWriter(result.GetValue(templates)).Render(model, reportFormat);
            }
            catch (ReportTemplateException exception)
            {
                context.Error.WriteLine($"runbook: {exception.Message}");
                return ExitCodes.Failure;
            }

            if (result.GetValue(output) is { } path)
            {
                File.WriteAllText(path, text);
                context.Error.WriteLine($"Wrote {path}.");
            }
            else
            {
                context.Out.Write(text);
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
