using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using Runbook.Benchmarks.Inputs;

namespace Runbook.Benchmarks.Reporting;

/// <summary>Reads a stage's figures out of a BenchmarkDotNet summary.</summary>
internal static class Measurements
{
    public static StageMeasurement? From(Summary summary, BenchmarkCase benchmarkCase)
    {
        var report = summary[benchmarkCase];
        if (report?.ResultStatistics is not { } statistics)
        {
            return null;
        }

        var steps = (int)benchmarkCase.Parameters[nameof(FrontEndBenchmarks.Steps)]!;
        return new StageMeasurement(
            benchmarkCase.Job.Id,
            benchmarkCase.Descriptor.WorkloadMethodDisplayInfo.Trim('\''),
            steps,
            InputCorpus.For(steps).Bytes,
            statistics.Mean,
            report.GcStats.GetBytesAllocatedPerOperation(benchmarkCase));
    }

    public static IReadOnlyList<StageMeasurement> All(Summary summary)
        => summary.BenchmarksCases.Select(benchmarkCase => From(summary, benchmarkCase))
            .OfType<StageMeasurement>()
            .ToList();
}
