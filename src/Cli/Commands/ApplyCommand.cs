using System.CommandLine;
using Runbook.Cli.Interaction;
using Runbook.Cli.Output;
using Runbook.Engine.Binding;
using Runbook.Engine.Execution;
using Runbook.Engine.Execution.Journal;
using Runbook.Engine.Reporting;
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
        var target = new Argument<string>("target")
        {
            Description = "An approved plan file, or a .runbook file with --auto-approve.",
        };
        var autoApprove = new Option<bool>("--auto-approve")
        {
            Description = "Plan and apply a runbook in one go, with no human approval (rehearsals).",
        };
        var by = CommonOptions.Operator("Who runs it (default: the OS user); recorded with every confirmation.");
        var confirm = new Option<string[]>("--confirm")
        {
            Description = "Confirm this manual step without asking (repeatable).",
        };
        var confirmAll = new Option<bool>("--confirm-all")
        {
            Description = "Confirm every manual step without asking.",
        };
        var resume = new Option<string?>("--resume")
        {
            Description = "Continue the run with this id from its first unfinished step.",
        };
        var state = StateOption.Create();
        var templates = new Option<string?>("--template")
        {
            Description = "A folder of report templates replacing the built-in ones.",
        };
        var options = new RunOptions();
        target.Arity = ArgumentArity.ZeroOrOne;

        var command = new Command("apply", "Run an approved plan, or resume a run.")
        {
            target, autoApprove, by, confirm, confirmAll, resume, state, templates,
        };
        options.AddTo(command);
        command.SetAction((result, token) => RunAsync(
            context,
            new ApplyRequest(
                result.GetValue(target),
                result.GetValue(autoApprove),
                Operator.Resolve(result.GetValue(by)),
                [.. result.GetValue(confirm) ?? []],
                result.GetValue(confirmAll),
                result.GetValue(resume),
                result.GetValue(state),
                result.GetValue(templates),
                options.Read(result)),
            token));
        return command;
    }

    private sealed record ApplyRequest(
        string? Target,
        bool AutoApprove,
        string Operator,
        HashSet<string> Confirmed,
        bool ConfirmAll,
        string? Resume,
        string? State,
        string? Templates,
        RunOptions.Values Options);

    private static async Task<int> RunAsync(CliContext context, ApplyRequest apply, CancellationToken cancellationToken)
    {
        var options = apply.Options;
        var plugins = PluginSetup.Create(options.Plugins);
        var (saved, runbookPath, statePath, journal) = Locate(apply);
        using var _ = journal;

        var compilation = CompilationLoader.Load(runbookPath, plugins, context);
        if (compilation is null)
        {
            return saved is null
                ? ExitCodes.Failure
                : Refuse(context, [$"The runbook {runbookPath} no longer compiles."]);
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

        try
        {
            var plan = saved ?? await PlanForRehearsalAsync(
                context, compilation, runbookPath, apply.Operator, options, plugins, environment, cancellationToken);
            if (plan is null)
            {
                return ExitCodes.PreconditionFailed;
            }

            var reasons = apply.Resume is null
                ? ApplyGate.Check(plan, compilation.SyntaxTree.Text.Text, environment.Plugins.Time.GetUtcNow())
                : ApplyGate.CheckIntegrity(plan, compilation.SyntaxTree.Text.Text);
            if (reasons.Count > 0)
            {
                return Refuse(context, reasons);
            }

            if (apply.Resume is not null)
            {
                await journal.AcquireLocksAsync(apply.Resume, cancellationToken);
            }

            var interaction = new OperatorInteraction(
                apply.Operator, apply.Confirmed, apply.ConfirmAll,
                interactive: !Console.IsInputRedirected && apply.Confirmed.Count == 0 && !apply.ConfirmAll,
                Console.In, context.Error, environment.Plugins.Time);
            using var progress = new ConsoleProgress(
                context.Out,
                live: !Console.IsOutputRedirected && context.Out == Console.Out);
            RunResult result;
            try
            {
                result = await Executor.RunAsync(new RunRequest
                {
                    Plan = plan,
                    Compilation = compilation,
                    Plugins = plugins,
                    Environment = environment.Plugins,
                    Journal = journal,
                    Interaction = interaction,
                    Operator = apply.Operator,
                    ResumeRunId = apply.Resume,
                    ResumeCommand = StateLocation.ResumeCommand(statePath),
                    Progress = progress,
                    StepChanged = record =>
                    {
                        progress.StepChanged(record);
                        ReportStep(context, record);
                    },
                }, cancellationToken);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                context.Error.WriteLine("runbook: stopped before any step ran.");
                return ExitCodes.Failure;
            }

            await WriteReportsAsync(
                context,
                journal,
                statePath,
                result.RunId,
                runbookPath,
                compilation,
                environment,
                apply.Templates);
            return Finish(context, result);
        }
        catch (ApplyRefusedException refused)
        {
            return Refuse(context, refused.Reasons);
        }
        catch (TargetLockedException locked)
        {
            return Refuse(context, [locked.Message]);
        }
        catch (EvaluationException exception)
        {
            context.Error.WriteLine($"runbook: {exception.Message}");
            return ExitCodes.Failure;
        }
    }

    // What to run, and where its journal is: a saved plan, a runbook to rehearse, or a run to resume.
    private static (PlanDocument? Plan, string RunbookPath, string StatePath, SqliteRunJournal Journal)
        Locate(ApplyRequest apply)
    {
        if (apply.Resume is not null)
        {
            if (apply.Target is not null || apply.AutoApprove)
            {
                throw new UsageException(
                    "--resume continues a recorded run; give no plan, runbook or --auto-approve with it.");
            }

            var journal = StateLocation.OpenExisting(apply.State);
            var run = journal.FindRunAsync(apply.Resume, CancellationToken.None).GetAwaiter().GetResult();
            if (run is null)
            {
                journal.Dispose();
                throw new UsageException(
                    $"No run {apply.Resume} in {journal.FilePath}; 'runbook runs' lists the runs.");
            }

            return (run.Plan, run.Plan.Runbook.Path, journal.FilePath, journal);
        }

        if (apply.Target is null)
        {
            throw new UsageException(
                "apply needs an approved plan file, a .runbook file with --auto-approve, or --resume RUN_ID.");
        }

        var isRunbook = apply.Target.EndsWith(RunbookFiles.Extension, StringComparison.OrdinalIgnoreCase);
        if (isRunbook && !apply.AutoApprove)
        {
            throw new UsageException(
                $"apply runs an approved plan: make one with " +
                $"'runbook plan {apply.Target} --out plan.json', approve it, then " +
                $"'runbook apply plan.json'; or add --auto-approve to plan and apply in one go for a rehearsal.");
        }

        if (!isRunbook && apply.AutoApprove)
        {
            throw new UsageException("--auto-approve plans a .runbook file; a saved plan is applied as approved.");
        }

        var plan = isRunbook ? null : ShowCommand.Load(apply.Target);
        var runbookPath = plan?.Runbook.Path ?? apply.Target;
        var statePath = StateLocation.Resolve(apply.State, runbookPath);
        return (plan, runbookPath, statePath, SqliteRunJournal.Open(statePath));
    }

    private static async Task WriteReportsAsync(
        CliContext context,
        SqliteRunJournal journal,
        string statePath,
        string runId,
        string runbookPath,
        RunbookCompilation compilation,
        RunEnvironment environment,
        string? templates)
    {
        // The run is recorded whatever happens here: a report that cannot be written (a broken --template)
        // is a warning, and `runbook report` can write it again once the template is fixed.
        ReportFiles files;
        try
        {
            var folder = Path.GetDirectoryName(Path.GetFullPath(statePath))!;
            files = await new ReportWriter(templates).WriteRunReportsAsync(journal, runId, folder, new ReportOptions
            {
                RunbookPath = runbookPath,
                Secrets = SecretValues.Of(compilation, environment.Plugins.External),
                StatePath = StateLocation.ResumeCommand(statePath).Contains("--state", StringComparison.Ordinal)
                    ? statePath
                    : null,
            });
        }
        catch (ReportTemplateException exception)
        {
            context.Error.WriteLine($"runbook: the report was not written: {exception.Message} " +
                $"Write it again with 'runbook report {runId}'.");
            return;
        }

        context.Out.WriteLine($"Report: {Relative(files.Markdown)} and {Relative(files.Html)}");
    }

    private static string Relative(string path)
        => Path.GetRelativePath(Directory.GetCurrentDirectory(), path).Replace('\\', '/');

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
            StepStatus.Succeeded => $"ok {record.Name}" + (record.Outputs.IsEmpty
                ? ""
                : "  " + string.Join(
                    ", ",
                    record.Outputs
                        .OrderBy(pair => pair.Key, StringComparer.Ordinal)
                        .Select(pair => $"{pair.Key}={RuntimeValue.Format(pair.Value)}"))),
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
