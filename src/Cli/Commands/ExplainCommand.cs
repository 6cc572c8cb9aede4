using System.CommandLine;
using Runbook.Engine.Diagnostics;

namespace Runbook.Cli.Commands;

/// <summary><c>runbook explain RB1234</c>: what a diagnostic means and how to fix it.</summary>
internal static class ExplainCommand
{
    public static Command Create(CliContext context)
    {
        var code = new Argument<string?>("code")
        {
            Description = "A diagnostic code such as RB1002. Without one, every code is listed.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var command = new Command("explain", "Explain a diagnostic code, or list them all.") { code };
        command.SetAction(result => Run(context, result.GetValue(code)));
        return command;
    }

    private static int Run(CliContext context, string? code)
    {
        if (code is null)
        {
            foreach (var descriptor in DiagnosticCatalog.All.Concat(PluginSetup.Create([]).PluginDiagnostics))
            {
                context.Out.WriteLine(
                    $"{descriptor.Code}  {descriptor.Severity.ToString().ToLowerInvariant(),-7}  {descriptor.Title}");
            }

            return ExitCodes.Success;
        }

        var found = PluginSetup.Create([]).FindDiagnostic(code)
            ?? throw new UsageException(
                $"'{code}' is not a diagnostic code; run 'runbook explain' to list them all.");

        context.Out.WriteLine($"{found.Code}: {found.Title} ({found.Severity.ToString().ToLowerInvariant()})");
        context.Out.WriteLine();
        context.Out.WriteLine(found.Help);
        return ExitCodes.Success;
    }
}
