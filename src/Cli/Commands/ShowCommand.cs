using System.CommandLine;
using Runbook.Engine.Planning;

namespace Runbook.Cli.Commands;

/// <summary><c>runbook show PLAN.json</c>: prints a saved plan readably, or its canonical JSON.</summary>
internal static class ShowCommand
{
    public static Command Create(CliContext context)
    {
        var plan = new Argument<string>("plan") { Description = "A plan file made with 'runbook plan --out'." };
        var format = CommonOptions.Format(
            "text (readable), json (the file's JSON), markdown or mermaid.",
            "text",
            "json",
            "markdown",
            "mermaid");
        var command = new Command("show", "Show a saved plan.") { plan, format };
        command.SetAction(result =>
        {
            var document = Load(result.GetRequiredValue(plan));
            context.Out.Write(result.GetValue(format) switch
            {
                "json" => PlanFile.ToJson(document),
                "markdown" => PlanMarkdown.ToMarkdown(document),
                "mermaid" => PlanMarkdown.ToMermaid(document),
                _ => PlanRenderer.ToText(document),
            });
            if (PlanFile.ComputeId(document) != document.Id)
            {
                context.Error.WriteLine(
                    "runbook: warning: this plan file was edited after it was made; apply will refuse it.");
            }

            return ExitCodes.Success;
        });
        return command;
    }

    public static PlanDocument Load(string path)
    {
        try
        {
            return PlanFile.Load(path);
        }
        catch (PlanFileException exception)
        {
            throw new UsageException(exception.Message);
        }
    }
}
