using Runbook.Cli.Output;
using Runbook.Engine.Binding;
using Runbook.Engine.Plugins;
using Runbook.Engine.Text;

namespace Runbook.Cli;

/// <summary>Reads and compiles a runbook for plan and apply; a runbook with errors prints them and stops.</summary>
internal static class CompilationLoader
{
    public static RunbookCompilation? Load(string path, PluginRegistry plugins, CliContext context)
    {
        if (!File.Exists(path))
        {
            throw new UsageException($"'{path}' does not exist; give the path of a .runbook file.");
        }

        var text = SourceText.From(File.ReadAllText(path), path.Replace('\\', '/'));
        var compilation = RunbookCompilation.Create(text, plugins);
        if (!compilation.HasErrors)
        {
            return compilation;
        }

        var file = new FileDiagnostics(text.Path, text, compilation.Diagnostics);
        TextDiagnosticWriter.Write(context.Error, [file]);
        context.Error.WriteLine($"runbook: {path} has errors; fix them ('runbook check {path}') and plan again.");
        return null;
    }
}
