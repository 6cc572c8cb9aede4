using System.CommandLine;
using Runbook.Cli.Interaction;
using Runbook.Cli.Output;
using Runbook.Engine.Binding;
using Runbook.Engine.Execution;
using Runbook.Engine.Planning;
using Runbook.Engine.Plugins;
using Runbook.Engine.Runtime;

namespace Runbook.Cli.Commands;

/// <summary>
/// <c>runbook apply PLAN.json</c> runs an approved plan; <c>runbook apply RUNBOOK --auto-approve</c> plans and
/// runs in one go for rehearsals, recording that no human approved. Refusals exit with 4 having run nothing;
/// a run waiting at a manual step exits with 5.
/// </summary>
internal static class ApplyCommand
{
    public static Command Create(CliContext context)
    {
        var target = new Argument<string>("target") { Description = "An approved plan file, or a .runbook file with --auto-approve." };
        var autoApprove = new Option<bool>("--auto-approve") { Description = "Plan and apply a runbook in one go, with no human approval (rehearsals)." };
        var by = CommonOptions.Operator("Who runs it (default: the OS user); recorded with every confirmation.");
        var confirm = new Option<string[]>("--confirm") { Description = "Confirm this manual step without asking (repeatable)." };
        var confirmAll = new Option<bool>("--confirm-all") { Description = "Confirm every manual step without asking." };
        var options = new RunOptions();

        var command = new Command("apply", "Run an approved plan.") { target, autoApprove, by, confirm, confirmAll };
        options.AddTo(command);
        command.SetAction((result, token) => RunAsync(
            context,
            result.GetRequiredValue(target),
            result.GetValue(autoApprove),
            Operator.Resolve(result.GetValue(by)),
            [.. result.GetValue(confirm) ?? []],
            result.GetValue(confirmAll),
            options.Read(result),
            token));
        return command;
    }

    private static async Task<int> RunAsync(
        CliContext context,
        string target,
        bool autoApprove,
        string operatorName,
        HashSet<string> confirmed,
        bool confirmAll,
        RunOptions.Values options,
        CancellationToken cancellationToken)
    {
        var plugins = PluginSetup.Create(options.Plugins);
        var isRunbook = target.EndsWith(RunbookFiles.Extension, StringComparison.OrdinalIgnoreCase);
        if (isRunbook && !autoApprove)
        {
            throw new UsageException(
                $"apply runs an approved plan: make one with 'runbook plan {target} --out plan.json', approve it, then " +
                $"'runbook apply plan.json'; or add --auto-approve to plan and apply in one go for a rehearsal.");
        }

        if (!isRunbook && autoApprove)
        {
            throw new UsageException("--auto-approve plans a .runbook file; a saved plan is applied as approved.");
        }

        PlanDocument? saved = isRunbook ? null : ShowCommand.Load(target);
        var runbookPath = saved?.Runbook.Path ?? target;
        var compilation = CompilationLoader.Load(runbookPath, plugins, context);
        if (compilation is null)
        {
            return saved is null ? ExitCodes.Failure : Refuse(context, [$"The runbook {runbookPath} no longer compiles."]);
        }

        using var loggerFactory = Logging.Create(options.LogFormat, options.Verbose);
        await using var environment = await RunEnvironment.CreateAsync(
            runbookPath, options.SecretsFile, options.Emulator, options.EmulatorReset, options.EmulatorUrl, loggerFactory, cancellationToken);

        try
        {
            var plan = saved ?? await PlanForRehearsalAsync(context, compilation, runbookPath, operatorName, options, plugins, environment, cancellationToken);
            if (plan is null)
            {
                return ExitCodes.PreconditionFailed;
            }

            var reasons = ApplyGate.Check(plan, compilation.SyntaxTree.Text.Text, environment.Plugins.Time.GetUtcNow());
            if (reasons.Count > 0)
            {
                return Refuse(context, reasons);
            }

            var interaction = new OperatorInteraction(
                operatorName, confirmed, confirmAll, interactive: !Console.IsInputRedirected && confirmed.Count == 0 && !confirmAll,
                Console.In, context.Error, environment.Plugins.Time);
            using var progress = new ConsoleProgress(context.Out, live: !Console.IsOutputRedirected && context.Out == Console.Out);
            var result = await Executor.RunAsync(new RunRequest
            {
                Plan = plan,
                Compilation = compilation,
                Plugins = plugins,
                Environment = environment.Plugins,
                Journal = new InMemoryRunJournal(),
                Interaction = interaction,
                Operator = operatorName,
                Progress = progress,
                StepChanged = record =>
                {
                    progress.StepChanged(record);
                    ReportStep(context, record);
                },
            }, cancellationToken);

            return Finish(context, result);
        }
        catch (ApplyRefusedException refused)
        {
            return Refuse(context, refused.Reasons);
        }
        catch (EvaluationException exception)
        {
            context.Error.WriteLine($"runbook: {exception.Message}");
            return ExitCodes.Failure;
        }
    }

    private static async Task<PlanDocument?> PlanForRehearsalAsync(
        CliContext context,
        RunbookCompilation compilation,
        string runbookPath,
        string operatorName,
        RunOptions.Values options,
        PluginRegistry plugins,
        RunEnvironment environment,
        CancellationToken cancellationToken)
    {
        var plan = await Planner.CreateAsync(new PlanRequest
        {
            Compilation = compilation,
            RunbookPath = runbookPath.Replace('\\', '/'),
            Params = ParamOptions.Parse(options.Params),
            Plugins = plugins,
            Environment = environment.Plugins,
            CreatedBy = operatorName,
            ToolVersion = ToolVersion.Current,
        }, cancellationToken);

        context.Out.Write(PlanRenderer.ToText(plan));
        if (!plan.Valid)
        {
            context.Error.WriteLine("runbook: the plan is not valid, so nothing was applied.");
            return null;
        }

        context.Out.WriteLine("Auto-approved: no human approved this plan (--auto-approve).");
        return PlanFile.WithId(plan with { AutoApproved = true });
    }

    private static void ReportStep(CliContext context, StepRecord record)
    {
        var line = record.Status switch
        {
            StepStatus.Running => $"-> {record.Name} (attempt {record.Attempts})",
            StepStatus.Succeeded => $"ok {record.Name}{(record.Outputs.IsEmpty ? "" : "  " + string.Join(", ", record.Outputs.Select(pair => $"{pair.Key}={RuntimeValue.Format(pair.Value)}")))}",
            StepStatus.Skipped => $"-- {record.Name} skipped (when is false)",
            StepStatus.Waiting => $".. {record.Name} waits for a person",
            StepStatus.Failed => $"!! {record.Name} failed: {record.Error}",
            _ => $".. {record.Name} {record.Error}",
        };
        context.Out.WriteLine(line);
    }

    private static int Finish(CliContext context, RunResult result)
    {
        context.Out.WriteLine($"Run {result.RunId}: {result.Status}.");
        if (result.Message is not null)
        {
            context.Out.WriteLine(result.Message);
        }

        return result.Status switch
        {
            RunStatus.Succeeded => ExitCodes.Success,
            RunStatus.WaitingForOperator => ExitCodes.WaitingForPerson,
            _ => ExitCodes.Failure,
        };
    }

    private static int Refuse(CliContext context, IReadOnlyList<string> reasons)
    {
        context.Error.WriteLine("runbook: apply refused; nothing was executed:");
        foreach (var reason in reasons)
        {
            context.Error.WriteLine($"  - {reason}");
        }

        return ExitCodes.Refused;
    }
}
