using System.CommandLine;
using Runbook.Engine.Planning;
using Runbook.Engine.Runtime;

namespace Runbook.Cli.Commands;

/// <summary>
/// <c>runbook plan RUNBOOK</c>: connects read-only, proves the preconditions, asks every step what it would do,
/// and prints the plan; <c>--out</c> saves it for approval. Exit 0 valid, 3 a precondition or expectation
/// fails, 1 any other error.
/// </summary>
internal static class PlanCommand
{
    public static Command Create(CliContext context)
    {
        var runbook = new Argument<string>("runbook") { Description = "The .runbook file to plan." };
        var output = new Option<string?>("--out")
        {
            Description = "Save the plan to this file, for 'runbook approve' and 'runbook apply'.",
        };
        var by = CommonOptions.Operator("Who makes the plan (default: the OS user); recorded in the plan.");
        by.Aliases.Add("--by");
        var format = CommonOptions.Format(
            "How to print the plan: text, json, markdown (for a pull-request comment) or mermaid (the step graph).",
            "text", "json", "markdown", "mermaid");
        var options = new RunOptions();

        var command = new Command("plan", "Make a dry-run plan against the live systems, changing nothing.")
        {
            runbook, output, by, format,
        };
        options.AddTo(command);
        command.SetAction((result, token) => RunAsync(
            context,
            result.GetRequiredValue(runbook),
            result.GetValue(output),
            result.GetValue(by),
            result.GetRequiredValue(format),
            options.Read(result),
            token));
        return command;
    }

    private static async Task<int> RunAsync(
        CliContext context,
        string runbookPath,
        string? output,
        string? by,
        string format,
        RunOptions.Values options,
        CancellationToken cancellationToken)
    {
        var plugins = PluginSetup.Create(options.Plugins);
        var compilation = CompilationLoader.Load(runbookPath, plugins, context);
        if (compilation is null)
        {
            return ExitCodes.Failure;
        }

        using var loggerFactory = Logging.Create(options.LogFormat, options.Verbose);
        await using var environment = await RunEnvironment.CreateAsync(
            runbookPath,
            options.SecretsFile,
            options.Emulator,
            options.EmulatorReset,
            options.EmulatorUrl,
            loggerFactory,
            cancellationToken);

        PlanDocument plan;
        try
        {
            plan = await Planner.CreateAsync(new PlanRequest
            {
                Compilation = compilation,
                RunbookPath = runbookPath.Replace('\\', '/'),
                Params = ParamOptions.Parse(options.Params),
                Plugins = plugins,
                Environment = environment.Plugins,
                CreatedBy = Operator.Resolve(by),
                ToolVersion = ToolVersion.Current,
            }, cancellationToken);
        }
        catch (EvaluationException exception)
        {
            context.Error.WriteLine($"runbook: the plan could not be made: {exception.Message}");
            return ExitCodes.Failure;
        }

        context.Out.Write(format switch
        {
            "json" => PlanFile.ToJson(plan),
            "markdown" => PlanMarkdown.ToMarkdown(plan),
            "mermaid" => PlanMarkdown.ToMermaid(plan),
            _ => PlanRenderer.ToText(plan),
        });
        if (output is not null)
        {
            PlanFile.Save(output, plan);
            context.Error.WriteLine(
                $"Saved the plan to {output}. Next: runbook approve {output} --by REVIEWER, " +
                $"then runbook apply {output}.");
        }

        return plan.Valid ? ExitCodes.Success : ExitCodes.PreconditionFailed;
    }
}
