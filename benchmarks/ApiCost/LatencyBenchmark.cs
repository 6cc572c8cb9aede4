using System.Text;

namespace Runbook.ApiCost;

/// <summary>
/// Measurement 2: wall time of a collections delete of 20,000 records when every call takes 50 ms, at
/// parallelism 1, 4 and 8, against the bound calls × latency ÷ parallelism.
/// </summary>
internal static class LatencyBenchmark
{
    public const int Records = 20_000;
    public const int LatencyMs = 50;

    public static async Task<string> RunAsync(BenchmarkOptions options, TextWriter log)
    {
        var table = new MarkdownTable(
            "parallelism", "calls", "lower bound", "wall (median)", "wall (best)", "median ÷ bound",
            "mean call", "effective bound", "median ÷ effective", "runs");

        var profiles = new List<string>();
        foreach (var parallelism in new long[] { 1, 4, 8 })
        {
            var times = new List<TimeSpan>();
            var meanCalls = new List<TimeSpan>();
            long calls = 0;
            for (var run = 0; run < options.Repeats; run++)
            {
                await using var emulator = await EmulatorHost.StartAsync(Records, LatencyMs);
                var timeline = new CallTimeline();
                var m = await DeleteHarness.RunAsync(
                    emulator, 100_000_000, parallelism, options.BulkPollInterval, timeline);
                if (m.Deleted != Records || m.Left != 0)
                {
                    throw new InvalidOperationException($"Deleted {m.Deleted}, {m.Left} left.");
                }

                calls = m.Execute.Requests;
                times.Add(m.Elapsed);
                meanCalls.Add(timeline.MeanCall());
                log.WriteLine(
                    $"latency p={parallelism} run {run + 1}: {m.Elapsed.TotalSeconds:0.000} s, {calls} calls");
                log.WriteLine("  " + timeline.Summarize((int)parallelism));
                profiles.Add(
                    $"p={parallelism} run {run + 1}: {m.Elapsed.TotalSeconds:0.000} s; " +
                    $"{timeline.Summarize((int)parallelism)}");
            }

            times.Sort();
            var median = times[times.Count / 2];
            var bound = TimeSpan.FromMilliseconds((double)calls * LatencyMs / parallelism);

            // The bound with the call time the client saw (latency plus the emulator's own work, which shares
            // the machine's cores with the client) instead of the nominal 50 ms.
            var meanCall = TimeSpan.FromTicks((long)meanCalls.Average(t => t.Ticks));
            var effective = meanCall * calls / parallelism;
            table.Add(parallelism, calls, bound, median, times[0], median / bound,
                $"{meanCall.TotalMilliseconds:0.0} ms", effective, median / effective, times.Count);
        }

        var report = new StringBuilder();
        report.AppendLine($"### Wall time of a collections delete of {Records:N0} records at {LatencyMs} ms a call");
        report.AppendLine();
        report.AppendLine(table.ToString());
        report.AppendLine("Profile of each run (client-side timeline of the calls):");
        report.AppendLine();
        foreach (var profile in profiles)
        {
            report.AppendLine($"- {profile}");
        }

        report.AppendLine();
        return report.ToString();
    }
}
