using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis.CSharp;
using Runbook.Benchmarks.Inputs;
using Runbook.Engine.Binding;
using Runbook.Engine.Diagnostics;
using Runbook.Engine.Syntax;
using Runbook.Engine.Text;

namespace Runbook.Benchmarks;

/// <summary>
/// The runbook front end, stage by stage, next to Roslyn parsing a C# file of the same length and shape.
/// Every stage starts from the file's string, so each figure includes building the <see cref="SourceText"/>
/// (line starts), as Roslyn's includes building its own.
/// </summary>
[MemoryDiagnoser]
public class FrontEndBenchmarks
{
    private string _runbook = string.Empty;
    private string _csharp = string.Empty;

    /// <summary>The sizes to run; the program sets them before BenchmarkDotNet reads them.</summary>
    public static IReadOnlyList<int> StepCounts { get; set; } = [100, 1_000, 10_000];

    [ParamsSource(nameof(StepCounts))]
    public int Steps { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var corpus = InputCorpus.For(Steps);
        corpus.Validate();
        _runbook = corpus.Runbook;
        _csharp = corpus.CSharp;
    }

    /// <summary>
    /// The lexer as the parser uses it: tokens in the chunked buffer. The public <see cref="Lexer.Lex"/> adds
    /// one copy of them into a single array.
    /// </summary>
    [Benchmark(Description = "runbook lex")]
    public int Lex() => Lexer.LexToBuffer(SourceText.From(_runbook), new DiagnosticBag()).Count;

    [Benchmark(Description = "runbook parse")]
    public SyntaxTree Parse() => SyntaxTree.Parse(SourceText.From(_runbook));

    [Benchmark(Description = "runbook parse+bind")]
    public RunbookCompilation ParseAndBind() => RunbookCompilation.Create(SourceText.From(_runbook));

    [Benchmark(Description = "Roslyn parse", Baseline = true)]
    public Microsoft.CodeAnalysis.SyntaxTree RoslynParse()
        => CSharpSyntaxTree.ParseText(_csharp, InputCorpus.CSharpOptions);
}
