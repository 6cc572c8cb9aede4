using System.Text;

namespace Runbook.ApiCost;

/// <summary>
/// Measurement 1: the API calls of a delete, by path and volume, next to each path's minimum and to what
/// <c>sf data delete bulk</c> spends on the same job; the plan's own calls; and the per-object crossover that
/// justifies <c>bulk_threshold</c>.
/// </summary>
internal static class CostBenchmark
{
    /// <summary>Collections everywhere (the largest threshold the step accepts) or Bulk everywhere.</summary>
    private const long AlwaysCollections = 100_000_000;
    private const long AlwaysBulk = 0;

    public static async Task<string> RunAsync(BenchmarkOptions options, TextWriter log)
    {
        var report = new StringBuilder();
        var volumes = options.Short ? new long[] { 10_000, 100_000 } : [10_000, 100_000, 1_000_000];

        var byVolume = new MarkdownTable(
            "records N (2 objects)", "path", "plan calls", "query pages", "delete calls", "bulk calls (c/u/cl/polls)",
            "total execute", "theoretical min", "over min", "sf data delete bulk (--wait / async+resume)");
        var planTable = new MarkdownTable("records N", "plan calls", "of which count queries", "other routes");

        foreach (var n in volumes)
        {
            foreach (var bulk in new[] { false, true })
            {
                await using var emulator = await EmulatorHost.StartAsync(
                    (int)n,
                    bulkJobSeconds: options.BulkJobSeconds);
                var m = await DeleteHarness.RunAsync(
                    emulator,
                    bulk ? AlwaysBulk : AlwaysCollections,
                    parallelism: 4,
                    options.BulkPollInterval);
                log.WriteLine($"cost N={n} {(bulk ? "bulk" : "collections")}: {m.Execute.Describe()} " +
                    $"in {m.Elapsed.TotalSeconds:0.0} s");
                Check(m, n);

                var minimum = m.Counts.Sum(c => bulk ? CostModel.BulkMinimum(c) : CostModel.CollectionsMinimum(c));
                var jobTime = TimeSpan.FromSeconds(options.BulkJobSeconds);
                var sf = bulk
                    ? $"{m.Counts.Length * CostModel.SfDeleteBulk(jobTime, false)} / " +
                      $"{m.Counts.Length * CostModel.SfDeleteBulk(jobTime, true)} + a CSV of ids"
                    : "—";
                byVolume.Add(
                    n,
                    bulk ? "Bulk API 2.0" : "sObject Collections",
                    m.Plan.Requests,
                    m.Execute.QueryPages,
                    m.Execute.CollectionDeletes,
                    bulk
                        ? $"{m.Execute.JobCreates}/{m.Execute.JobUploads}/{m.Execute.JobCloses}/{m.Execute.JobPolls}"
                        : "—",
                    m.Execute.Requests,
                    minimum,
                    Percent(m.Execute.Requests, minimum),
                    sf);

                if (!bulk)
                {
                    planTable.Add(
                        n,
                        m.Plan.Requests,
                        m.Plan.FirstQueryPages,
                        m.Plan.Requests - m.Plan.FirstQueryPages);
                }
            }
        }

        report.AppendLine("### API calls by volume and path");
        report.AppendLine();
        report.AppendLine(byVolume.ToString());
        report.AppendLine("### Calls of the plan");
        report.AppendLine();
        report.AppendLine(planTable.ToString());
        report.AppendLine(await CrossoverAsync(options, log));
        report.AppendLine(await SlowJobAsync(options, log));
        return report.ToString();
    }

    /// <summary>Calls per object on each path for volumes around the threshold, to place the crossover.</summary>
    private static async Task<string> CrossoverAsync(BenchmarkOptions options, TextWriter log)
    {
        var perObject = options.Short
            ? new long[] { 600, 800, 1_000, 2_000, 2_200 }
            : [200, 600, 800, 1_000, 1_200, 2_000, 2_200, 4_000, 10_000];
        var table = new MarkdownTable(
            "records per object N_i", "collections calls", "Bulk calls", "cheaper", "Bulk polls");

        foreach (var n in perObject)
        {
            long collections;
            await using (var emulator = await EmulatorHost.StartAsync(
                (int)(2 * n),
                bulkJobSeconds: options.BulkJobSeconds))
            {
                var m = await DeleteHarness.RunAsync(emulator, AlwaysCollections, 4, options.BulkPollInterval);
                Check(m, 2 * n);
                collections = m.Execute.Requests / 2;
            }

            long bulk;
            long polls;
            await using (var emulator = await EmulatorHost.StartAsync(
                (int)(2 * n),
                bulkJobSeconds: options.BulkJobSeconds))
            {
                var m = await DeleteHarness.RunAsync(emulator, AlwaysBulk, 4, options.BulkPollInterval);
                Check(m, 2 * n);
                bulk = m.Execute.Requests / 2;
                polls = m.Execute.JobPolls / 2;
            }

            log.WriteLine($"crossover N_i={n}: collections {collections}, bulk {bulk}");
            table.Add(
                n,
                collections,
                bulk,
                collections < bulk ? "collections" : bulk < collections ? "Bulk" : "equal",
                polls);
        }

        return "### Crossover per object (job finishes " +
            $"{options.BulkJobSeconds:0.#} s after its close, " +
            $"polled every {options.BulkPollInterval.TotalSeconds:0.#} s)\n\n" +
            table;
    }

    /// <summary>A job that takes longer than one poll interval: the polls grow, for the CLI as for the step.</summary>
    private static async Task<string> SlowJobAsync(BenchmarkOptions options, TextWriter log)
    {
        const double jobSeconds = 12;
        const int n = 20_000;
        await using var emulator = await EmulatorHost.StartAsync(n, bulkJobSeconds: jobSeconds);
        var m = await DeleteHarness.RunAsync(emulator, AlwaysBulk, 4, options.BulkPollInterval);
        Check(m, n);
        log.WriteLine($"slow job: {m.Execute.Describe()}");

        var jobTime = TimeSpan.FromSeconds(jobSeconds);
        var table = new MarkdownTable("job time", "step: bulk calls (c/u/cl/polls)", "step: bulk calls",
            "sf --wait", "sf async+resume");
        table.Add(
            $"{jobSeconds:0} s",
            $"{m.Execute.JobCreates}/{m.Execute.JobUploads}/{m.Execute.JobCloses}/{m.Execute.JobPolls}",
            m.Execute.BulkCalls,
            m.Counts.Length * CostModel.SfDeleteBulk(jobTime, false),
            m.Counts.Length * CostModel.SfDeleteBulk(jobTime, true));
        return $"### A slower job ({n:N0} records in 2 objects, Bulk path)\n\n{table}";
    }

    private static void Check(DeleteMeasurement m, long n)
    {
        if (m.Planned != n || m.Deleted != n || m.Left != 0)
        {
            throw new InvalidOperationException(
                $"Expected {n} records planned and deleted and none left; got {m.Planned}, {m.Deleted}, {m.Left}.");
        }
    }

    private static string Percent(long measured, long minimum) =>
        minimum == 0 ? "—" : $"{100.0 * (measured - minimum) / minimum:+0.0;-0.0;0.0} %";
}
