using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using Runbook.Benchmarks;
using Runbook.Benchmarks.Inputs;
using Runbook.Benchmarks.Reporting;

// Usage:
//   dotnet run -c Release --project benchmarks/Runbook.Benchmarks              the full run: 100, 1,000, 10,000 steps
//   dotnet run -c Release --project benchmarks/Runbook.Benchmarks -- --short   ShortRun job, 100 and 1,000 steps
//   dotnet run -c Release --project benchmarks/Runbook.Benchmarks -- --loop STAGE STEPS SECONDS
//       runs one stage (lex, parse, bind, roslyn) in a loop, for a profiler attached from outside
//   dotnet run -c Release --project benchmarks/Runbook.Benchmarks -- --allocations STAGE STEPS
//       ranks the types a stage allocates, by bytes (sampled by the runtime)
//   dotnet run -c Release --project benchmarks/Runbook.Benchmarks -- --write-inputs STEPS FOLDER
//       writes the generated runbook and C# file of that size, to read them or to feed them to other tools
//   --sizes 100,1000,10000   other step counts;   --gc-compare   also run every benchmark with the
//       background garbage collector on (a second job; the main job runs without it, as the CLI does)
// Any other arguments go to BenchmarkDotNet (--filter, --job, --profiler EP, ...).
var arguments = args.ToList();

if (arguments.Count > 0 && arguments[0] == "--loop")
{
    return ProfilingLoop.Run(arguments.Skip(1).ToArray());
}

if (arguments.Count > 0 && arguments[0] == "--allocations")
{
    return AllocationProfile.Run(arguments.Skip(1).ToArray());
}

if (arguments.Count == 3 && arguments[0] == "--write-inputs")
{
    var corpus = InputCorpus.For(int.Parse(arguments[1], CultureInfo.InvariantCulture));
    corpus.Validate();
    Directory.CreateDirectory(arguments[2]);
    File.WriteAllText(Path.Combine(arguments[2], $"generated-{corpus.Steps}.runbook"), corpus.Runbook);
    File.WriteAllText(Path.Combine(arguments[2], $"generated-{corpus.Steps}.cs"), corpus.CSharp);
    return 0;
}

var isShort = arguments.Remove("--short");
var compareGc = arguments.Remove("--gc-compare");
FrontEndBenchmarks.StepCounts = TakeSizes(arguments) ?? (isShort ? [100, 1_000] : [100, 1_000, 10_000]);

// The runbook CLI runs without the background (concurrent) collector (ConcurrentGarbageCollection in
// src/Cli/Cli.csproj), so the main job measures the front end as the CLI runs it.
var job = (isShort ? Job.ShortRun : Job.Default).WithGcConcurrent(false);
var config = DefaultConfig.Instance
    .AddJob(job.WithId(isShort ? "ShortRun" : "Default"))
    .AddColumn(ThroughputColumn.MegabytesPerSecond, ThroughputColumn.AllocatedPerByte)
    .HideColumns(Column.Error, Column.StdDev, Column.RatioSD)
    .WithOrderer(new BenchmarkDotNet.Order.DefaultOrderer(BenchmarkDotNet.Order.SummaryOrderPolicy.Declared));
if (compareGc)
{
    // The same benchmarks with the runtime's default, the background collector on, as a host such as an
    // editor extension loading the engine would run them.
    config = config.AddJob(job.WithGcConcurrent(true).WithId("ConcurrentGc"));
}

var summary = BenchmarkRunner.Run<FrontEndBenchmarks>(config, [.. arguments]);

var report = FrontEndReport.Write(Measurements.All(summary));
var reportPath = Path.Combine(summary.ResultsDirectoryPath, "front-end-report.md");
File.WriteAllText(reportPath, report);
Console.WriteLine();
Console.WriteLine(report);
Console.WriteLine($"Report written to {reportPath}");
return 0;

// "--sizes 100,1000" replaces the default step counts.
static List<int>? TakeSizes(List<string> arguments)
{
    var index = arguments.IndexOf("--sizes");
    if (index < 0 || index + 1 >= arguments.Count)
    {
        return null;
    }

    var sizes = arguments[index + 1].Split(',').Select(size => int.Parse(size, CultureInfo.InvariantCulture)).ToList();
    arguments.RemoveRange(index, 2);
    return sizes;
}
