using System.Collections.Concurrent;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Runbook.Engine.Binding;
using Runbook.Engine.Text;

namespace Runbook.Benchmarks.Inputs;

/// <summary>
/// The generated inputs for one size: a runbook and a C# file of exactly the same length. Both are checked
/// once to be free of errors, so that neither front end is timed on its recovery paths by accident.
/// </summary>
internal sealed class InputCorpus
{
    private static readonly ConcurrentDictionary<int, InputCorpus> Cache = new();

    private InputCorpus(int steps, string runbook, string csharp)
    {
        Steps = steps;
        Runbook = runbook;
        CSharp = csharp;
    }

    public int Steps { get; }

    public string Runbook { get; }

    public string CSharp { get; }

    /// <summary>The input's size in bytes: both texts are ASCII, so characters and UTF-8 bytes agree.</summary>
    public int Bytes => Runbook.Length;

    public static CSharpParseOptions CSharpOptions { get; } = new(LanguageVersion.Latest);

    public static InputCorpus For(int steps) => Cache.GetOrAdd(steps, Create);

    private static InputCorpus Create(int steps)
    {
        var runbook = RunbookGenerator.Generate(steps);
        var csharp = CSharpGenerator.Generate(steps, runbook.Length);
        return new InputCorpus(steps, runbook, csharp);
    }

    /// <summary>Throws when either input has an error: a benchmark of broken input measures the wrong thing.</summary>
    public void Validate()
    {
        var compilation = RunbookCompilation.Create(SourceText.From(Runbook, $"generated-{Steps}.runbook"));
        var runbookErrors = compilation.Diagnostics.Where(diagnostic => diagnostic.IsError).ToList();
        if (runbookErrors.Count > 0)
        {
            throw new InvalidOperationException(
                $"The generated runbook has errors: {string.Join("; ", runbookErrors.Take(3))}");
        }

        var csharpErrors = CSharpSyntaxTree.ParseText(CSharp, CSharpOptions).GetDiagnostics()
            .Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error)
            .ToList();
        if (csharpErrors.Count > 0)
        {
            throw new InvalidOperationException(
                $"The generated C# file has errors: {string.Join("; ", csharpErrors.Take(3))}");
        }

        if (CSharp.Length != Runbook.Length || Runbook.Any(c => c > 127) || CSharp.Any(c => c > 127))
        {
            throw new InvalidOperationException("The two inputs must be ASCII and of the same length.");
        }
    }
}
