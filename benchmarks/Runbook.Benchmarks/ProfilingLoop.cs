using System.Diagnostics;
using Microsoft.CodeAnalysis.CSharp;
using Runbook.Benchmarks.Inputs;
using Runbook.Engine.Binding;
using Runbook.Engine.Diagnostics;
using Runbook.Engine.Syntax;
using Runbook.Engine.Text;

namespace Runbook.Benchmarks;

/// <summary>
/// Runs one stage over and over for a profiler watching the process from outside (perf, valgrind): there is
/// no dotnet-trace here, and BenchmarkDotNet's own profilers run inside child processes.
/// </summary>
internal static class ProfilingLoop
{
    public static int Run(string[] args)
    {
        if (args.Length != 3 || !int.TryParse(args[1], out var steps) || !double.TryParse(args[2], out var seconds))
        {
            Console.Error.WriteLine("usage: --loop lex|parse|bind|bind-only|roslyn STEPS SECONDS");
            return 2;
        }

        var corpus = InputCorpus.For(steps);
        var stage = Stage(args[0], corpus);

        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        GC.KeepAlive(stage());
        var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;

        var gen0 = GC.CollectionCount(0);
        var gen2 = GC.CollectionCount(2);
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var runs = 0;
        while (clock.Elapsed.TotalSeconds < seconds)
        {
            GC.KeepAlive(stage());
            runs++;
        }

        // Processor time, of all the process's threads (the garbage collector's too), moves less than the
        // wall clock when other programs compete for the two cores.
        var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
        var megabytesPerSecond = (double)corpus.Bytes * runs / clock.Elapsed.TotalSeconds / 1e6;
        var megabytesPerCpuSecond = (double)corpus.Bytes * runs / cpu.TotalSeconds / 1e6;
        Console.WriteLine(
            $"{args[0]}: {runs} runs of {corpus.Bytes} bytes, {megabytesPerSecond:N1} MB/s " +
            $"({megabytesPerCpuSecond:N1} per processor second), " +
            $"{(double)allocated / corpus.Bytes:N1} B allocated per byte, " +
            $"{GC.CollectionCount(0) - gen0} gen0 and {GC.CollectionCount(2) - gen2} gen2 collections");
        return 0;
    }

    /// <summary>One stage over the corpus, as the benchmarks run it.</summary>
    public static Func<object> Stage(string name, InputCorpus corpus) => name switch
    {
        "lex" => () => Lexer.LexToBuffer(SourceText.From(corpus.Runbook), new DiagnosticBag()),
        "parse" => () => SyntaxTree.Parse(SourceText.From(corpus.Runbook)),
        "bind" => () => RunbookCompilation.Create(SourceText.From(corpus.Runbook)),
        "bind-only" => BindOnly(corpus),
        "roslyn" => () => CSharpSyntaxTree.ParseText(corpus.CSharp, InputCorpus.CSharpOptions),
        _ => throw new ArgumentException($"unknown stage '{name}'"),
    };

    // The binder alone, over one tree parsed beforehand and kept.
    private static Func<object> BindOnly(InputCorpus corpus)
    {
        var tree = SyntaxTree.Parse(SourceText.From(corpus.Runbook));
        return () => RunbookCompilation.Create(tree);
    }
}
