using System.Text;

namespace Runbook.ApiCost;

/// <summary>
/// The whole sandbox-refresh runbook applied by the CLI against the emulator, at several volumes: every call
/// by route, split into Salesforce API calls (what the org's daily allocation counts), OAuth logins and Intacct
/// gateway calls. The cost model in docs/performance.md (part 2) is checked against these counts.
/// </summary>
internal static class RunCostBenchmark
{
    public static async Task<string> RunAsync(BenchmarkOptions options, TextWriter log)
    {
        var cli = options.CliPath ?? throw new InvalidOperationException("The whole-run measurement needs --cli.");
        var root = RepositoryRoot();
        var volumes = options.Short ? new long[] { 1_000, 20_000 } : [1_000, 20_000, 200_000];
        var runs = new List<(long N, RouteCounts Calls, TimeSpan Elapsed)>();

        foreach (var n in volumes)
        {
            await using var emulator = await EmulatorHost.StartAsync((int)n, refreshSeconds: 3);
            var work = Directory.CreateTempSubdirectory("runbook-apicost-run-").FullName;
            try
            {
                await emulator.ResetStatsAsync();
                var result = await CliProcess.RunAsync(
                    cli,
                    ["apply", Path.Combine(root, "runbooks", "salesforce-sandbox-refresh.runbook"), "--auto-approve",
                     "--emulator-url", emulator.BaseUrl.ToString().TrimEnd('/'),
                     "--secrets", Path.Combine(root, "runbooks", "emulator.env"),
                     "--confirm-all", "--state", Path.Combine(work, "state.db")],
                    work);
                if (result.ExitCode != 0)
                {
                    throw new InvalidOperationException(
                        $"The refresh run exited {result.ExitCode}:\n{result.Output}\n{result.Error}");
                }

                var calls = await emulator.StatsAsync();
                log.WriteLine($"run N={n}: {calls.Describe()}");
                runs.Add((n, calls, result.Elapsed));
            }
            finally
            {
                Directory.Delete(work, recursive: true);
            }
        }

        var routes = runs.SelectMany(run => run.Calls.Routes.Keys).Distinct().Order(StringComparer.Ordinal).ToArray();
        var table = new MarkdownTable(["route", .. runs.Select(run => $"N = {run.N:N0}")]);
        foreach (var route in routes)
        {
            table.Add([route, .. runs.Select(run => (object)run.Calls.Route(route))]);
        }

        table.Add(["**Salesforce API calls**", .. runs.Select(run => (object)SalesforceApiCalls(run.Calls))]);
        table.Add(["OAuth logins", .. runs.Select(run => (object)Sum(run.Calls, "POST /salesforce/"))]);
        table.Add(["Intacct gateway calls", .. runs.Select(run => (object)Sum(run.Calls, "POST /ia/"))]);
        table.Add(["wall time of the CLI", .. runs.Select(run => (object)run.Elapsed)]);

        var report = new StringBuilder();
        report.AppendLine("### A whole sandbox-refresh run (`runbook apply --auto-approve`), calls by route");
        report.AppendLine();
        report.AppendLine(table.ToString());
        return report.ToString();
    }

    public static long SalesforceApiCalls(RouteCounts calls) => Sum(calls, "/services/data/");

    private static long Sum(RouteCounts calls, string contains) =>
        calls.Routes.Where(route => route.Key.Contains(contains, StringComparison.Ordinal)).Sum(route => route.Value);

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory);
            directory is not null;
            directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Runbook.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Run this from inside the repository: Runbook.sln was not found above it.");
    }
}
