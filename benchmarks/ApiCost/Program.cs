using System.Text;
using Runbook.ApiCost;

// Usage: Runbook.ApiCost [cost] [latency] [memory] [run] [all] [--short] [--cli PATH/runbook.dll] [--out FILE]
var options = new BenchmarkOptions();
var parts = new List<string>();
for (var i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--short":
            options = options with { Short = true };
            break;
        case "--cli":
            options = options with { CliPath = Path.GetFullPath(args[++i]) };
            break;
        case "--out":
            options = options with { OutputPath = Path.GetFullPath(args[++i]) };
            break;
        case "cost" or "latency" or "memory" or "run" or "all":
            parts.Add(args[i]);
            break;
        default:
            Console.Error.WriteLine($"Unknown argument '{args[i]}'.");
            Console.Error.WriteLine(
                "Usage: Runbook.ApiCost [cost|latency|memory|run|all]... [--short] [--cli runbook.dll] [--out FILE]");
            return 2;
    }
}

if (parts.Count == 0 || parts.Contains("all"))
{
    parts = ["cost", "latency", "memory", "run"];
}

var log = Console.Error;
var report = new StringBuilder();
report.AppendLine($"Run {DateTimeOffset.Now:yyyy-MM-dd HH:mm zzz}; {Environment.ProcessorCount} cores; " +
    $".NET {Environment.Version}; {(options.Short ? "short" : "full")} mode.");
report.AppendLine();

foreach (var part in parts)
{
    report.AppendLine(part switch
    {
        "cost" => await CostBenchmark.RunAsync(options, log),
        "latency" => await LatencyBenchmark.RunAsync(options, log),
        "memory" => await MemoryBenchmark.RunAsync(options, log),
        _ => await RunCostBenchmark.RunAsync(options, log),
    });
}

Console.Out.Write(report);
if (options.OutputPath is { } output)
{
    await File.WriteAllTextAsync(output, report.ToString());
}

return 0;
