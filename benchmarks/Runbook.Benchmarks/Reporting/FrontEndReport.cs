using System.Globalization;
using System.Text;

namespace Runbook.Benchmarks.Reporting;

/// <summary>
/// Turns one run's measurements into the tables of docs/performance.md: throughput and allocation per size,
/// the targets against Roslyn, and how time grows with the input. Every ratio compares figures of the same
/// run, so a machine that is busier during one run than another does not change the verdicts much.
/// </summary>
internal static class FrontEndReport
{
    public const string Lex = "runbook lex";
    public const string Parse = "runbook parse";
    public const string ParseAndBind = "runbook parse+bind";
    public const string Roslyn = "Roslyn parse";

    private static readonly string[] StageOrder = [Lex, Parse, ParseAndBind, Roslyn];

    // Linear growth with some slack for caches and the garbage collector: at most 12x the time for 10x the
    // bytes, scaled to the real byte ratio of two sizes (the fixed header makes it a little under 10).
    private const double ScalingSlack = 1.2;

    public static string Write(IReadOnlyList<StageMeasurement> measurements)
    {
        var text = new StringBuilder();
        foreach (var job in measurements.GroupBy(m => m.Job))
        {
            var ofJob = job.ToList();
            text.AppendLine(CultureInfo.InvariantCulture, $"### Job {job.Key}").AppendLine();
            WriteThroughput(text, ofJob);
            WriteTargets(text, ofJob);
            WriteScaling(text, ofJob);
        }

        return text.ToString();
    }

    private static void WriteThroughput(StringBuilder text, IReadOnlyList<StageMeasurement> measurements)
    {
        text.AppendLine("| steps | bytes | stage | mean | MB/s | allocated B/byte |");
        text.AppendLine("|---:|---:|---|---:|---:|---:|");
        foreach (var m in Ordered(measurements))
        {
            var allocated = m.AllocatedPerInputByte?.ToString("N2", CultureInfo.InvariantCulture) ?? "-";
            text.Append(CultureInfo.InvariantCulture, $"| {m.Steps:N0} | {m.Bytes:N0} | {m.Stage} | ")
                .Append(CultureInfo.InvariantCulture, $"{FormatTime(m.MeanNanoseconds)} | {m.MegabytesPerSecond:N1} | ")
                .AppendLine(CultureInfo.InvariantCulture, $"{allocated} |");
        }

        text.AppendLine();
    }

    private static void WriteTargets(StringBuilder text, IReadOnlyList<StageMeasurement> measurements)
    {
        text.AppendLine("| steps | target | ratio | needed | verdict |");
        text.AppendLine("|---:|---|---:|---:|---|");
        foreach (var steps in measurements.Select(m => m.Steps).Distinct().Order())
        {
            var roslyn = Find(measurements, Roslyn, steps);
            if (roslyn is null)
            {
                continue;
            }

            var lex = Find(measurements, Lex, steps);
            var parseAndBind = Find(measurements, ParseAndBind, steps);
            WriteTarget(text, steps, "lex MB/s / Roslyn parse MB/s", lex, roslyn, 1.0);
            WriteTarget(text, steps, "parse+bind MB/s / Roslyn parse MB/s", parseAndBind, roslyn, 0.5);
        }

        text.AppendLine();
    }

    private static void WriteTarget(
        StringBuilder text,
        int steps,
        string target,
        StageMeasurement? stage,
        StageMeasurement roslyn,
        double needed)
    {
        if (stage is null)
        {
            return;
        }

        var ratio = stage.MegabytesPerSecond / roslyn.MegabytesPerSecond;
        text.AppendLine(Invariant(
            $"| {steps:N0} | {target} | {ratio:N2} | {needed:N2} | {(ratio >= needed ? "met" : "missed")} |"));
    }

    private static void WriteScaling(StringBuilder text, IReadOnlyList<StageMeasurement> measurements)
    {
        var sizes = measurements.Select(m => m.Steps).Distinct().Order().ToList();
        text.AppendLine("| stage | steps | bytes ratio | time ratio | allowed | verdict |");
        text.AppendLine("|---|---|---:|---:|---:|---|");
        foreach (var stage in StageOrder)
        {
            for (var i = 1; i < sizes.Count; i++)
            {
                var small = Find(measurements, stage, sizes[i - 1]);
                var large = Find(measurements, stage, sizes[i]);
                if (small is null || large is null)
                {
                    continue;
                }

                var bytesRatio = (double)large.Bytes / small.Bytes;
                var timeRatio = large.MeanNanoseconds / small.MeanNanoseconds;
                var allowed = bytesRatio * ScalingSlack;
                text.Append(CultureInfo.InvariantCulture, $"| {stage} | {small.Steps:N0} → {large.Steps:N0} | ")
                    .Append(CultureInfo.InvariantCulture, $"{bytesRatio:N2} | {timeRatio:N2} | {allowed:N2} | ")
                    .AppendLine(timeRatio <= allowed ? "met |" : "missed |");
            }
        }

        text.AppendLine();
    }

    private static IEnumerable<StageMeasurement> Ordered(IReadOnlyList<StageMeasurement> measurements)
        => measurements.OrderBy(m => m.Steps).ThenBy(m => Array.IndexOf(StageOrder, m.Stage));

    private static StageMeasurement? Find(IReadOnlyList<StageMeasurement> measurements, string stage, int steps)
        => measurements.FirstOrDefault(m => m.Stage == stage && m.Steps == steps);

    private static string FormatTime(double nanoseconds) => nanoseconds switch
    {
        >= 1e9 => Invariant($"{nanoseconds / 1e9:N3} s"),
        >= 1e6 => Invariant($"{nanoseconds / 1e6:N3} ms"),
        >= 1e3 => Invariant($"{nanoseconds / 1e3:N1} μs"),
        _ => Invariant($"{nanoseconds:N0} ns"),
    };

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
