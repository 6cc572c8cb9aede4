using System.Net.Http.Json;
using System.Text.Json;
using Runbook.Cli.Tests.TestSupport;
using Runbook.Emulator;

namespace Runbook.Cli.Tests.Commands;

/// <summary>
/// Runs of the sandbox-refresh runbook that wait, fail over transient faults, or are killed, then resume.
/// </summary>
public sealed class DurableRunTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    public DurableRunTests()
    {
        _folder.Write("salesforce-sandbox-refresh.runbook",
            File.ReadAllText(Path.Combine(RepositoryPaths.Runbooks, "salesforce-sandbox-refresh.runbook")));
        _folder.Write("emulator.env", File.ReadAllText(Path.Combine(RepositoryPaths.Runbooks, "emulator.env")));
    }

    private string Runbook => Path.Combine(_folder.Path, "salesforce-sandbox-refresh.runbook");

    private string Secrets => Path.Combine(_folder.Path, "emulator.env");

    private string State => Path.Combine(_folder.Path, ".runbook", "state.db");

    public void Dispose() => _folder.Dispose();

    private Task<EmulatorServer> StartEmulatorAsync(int records = 1000, double faultRate = 0, int latencyMs = 0)
        => EmulatorServer.StartAsync(new EmulatorOptions
        {
            StateDirectory = Path.Combine(_folder.Path, "emulator"),
            Records = records,
            FaultRate = faultRate,
            LatencyMs = latencyMs,
            RefreshSeconds = 2,
            RandomSeed = 7,
        });

    [Fact]
    public async Task Without_confirmations_the_run_stops_at_the_first_manual_step_with_5_and_resume_finishes_it()
    {
        await using var emulator = await StartEmulatorAsync();
        var url = emulator.BaseUrl.ToString();

        var first = CliRun.Invoke("apply", Runbook, "--auto-approve", "--emulator-url", url, "--secrets", Secrets);
        var runId = LatestRunId();
        var runs = JsonDocument.Parse(CliRun.Invoke("runs", "--state", State, "--format", "json").Out).RootElement;
        var confirmedOne = CliRun.Invoke(
            "apply", "--resume", runId,
            "--state", State,
            "--emulator-url", url,
            "--secrets", Secrets,
            "--confirm", "cancel_subscription");
        var resumed = CliRun.Invoke(
            "apply", "--resume", runId,
            "--state", State,
            "--emulator-url", url,
            "--secrets", Secrets,
            "--confirm-all");

        Assert.Equal(5, first.ExitCode);
        Assert.Contains(".. cancel_subscription waits for a person", first.Out, StringComparison.Ordinal);
        Assert.Equal("waiting-for-operator", runs[0].GetProperty("status").GetString());
        Assert.Equal("salesforce-sandbox-refresh", runs[0].GetProperty("runbook").GetString());
        Assert.Equal(5, confirmedOne.ExitCode);
        Assert.Contains("ok cancel_subscription", confirmedOne.Out, StringComparison.Ordinal);
        Assert.Contains(".. resubscribe waits for a person", confirmedOne.Out, StringComparison.Ordinal);
        Assert.Equal(0, resumed.ExitCode);
        Assert.DoesNotContain("-> refresh", resumed.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("-> cancel_subscription", resumed.Out, StringComparison.Ordinal);
        Assert.Contains("ok mass_sync", resumed.Out, StringComparison.Ordinal);

        var report = File.ReadAllText(Path.Combine(_folder.Path, ".runbook", "reports", runId + ".md"));
        Assert.Contains("--confirm-all", report, StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_ten_percent_transient_faults_the_run_succeeds_and_the_report_lists_the_retries()
    {
        await using var emulator = await StartEmulatorAsync(faultRate: 0.10);

        var run = CliRun.Invoke(
            "apply", Runbook, "--auto-approve",
            "--emulator-url", emulator.BaseUrl.ToString(),
            "--secrets", Secrets,
            "--confirm-all");

        Assert.True(run.ExitCode == 0, run.Out + run.Error);
        var report = File.ReadAllText(Path.Combine(_folder.Path, ".runbook", "reports", LatestRunId() + ".md"));
        Assert.Contains("transient failure", report, StringComparison.Ordinal);
        Assert.Contains("retried", report, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_run_killed_at_random_points_resumes_to_the_same_final_state_with_no_work_done_twice()
    {
        const int Records = 4_000;
        await using var emulator = await StartEmulatorAsync(records: Records, latencyMs: 40);
        var url = emulator.BaseUrl.ToString();
        using var http = new HttpClient { BaseAddress = emulator.BaseUrl };
        var random = new Random(20261203);
        string[] common = ["--emulator-url", url, "--secrets", Secrets, "--confirm-all", "--state", State];

        // Kill the run while it refreshes, then twice while it deletes, each time a random moment after the step
        // has started; then let a last resume finish.
        string[] killDuring = ["-> refresh", "-> delete_subscription_data", "-> delete_subscription_data"];
        var kills = 0;
        using (var first = CliProcess.Start(_folder.Path, ["apply", Runbook, "--auto-approve", .. common]))
        {
            Assert.True(await first.WaitForOutputAsync(killDuring[0]), first.Output);
            await Task.Delay(random.Next(0, 2_500));
            kills++;
            await first.KillAsync();
        }

        foreach (var marker in killDuring.Skip(1))
        {
            using var resumed = CliProcess.Start(_folder.Path, ["apply", "--resume", LatestRunId(), .. common]);
            if (await resumed.WaitForOutputAsync(marker))
            {
                await Task.Delay(random.Next(0, 600));
                kills++;
            }

            await resumed.KillAsync();
        }

        using var last = CliProcess.Start(_folder.Path, ["apply", "--resume", LatestRunId(), .. common]);
        var exitCode = await last.WaitAsync();
        Assert.True(exitCode == 0, last.Output);

        Assert.Equal(0, exitCode);
        var state = await http.GetFromJsonAsync<JsonElement>("/_emulator/state");
        var stats = await http.GetFromJsonAsync<JsonElement>("/_emulator/stats");
        var uat = Org(state, "uat");

        Assert.Equal(0, Count(uat, "ia_crm__Sales_Invoice__c"));
        Assert.Equal(0, Count(uat, "ia_crm__Contract__c"));
        Assert.Equal(4, Count(uat, "ia_crm__AR_Term__c"));
        Assert.Equal(3, Count(uat, "ia_crm__Location__c"));
        Assert.Equal(Records / 10, Count(uat, "Account"));
        Assert.Equal(1, Route(stats, "PATCH /services/data/v62.0/tooling/sobjects/SandboxInfo/{id}"));
        // Each kill can cost at most the batches in flight (parallelism 4) plus one short batch per object when
        // the resumed step re-queries what is left; anything beyond would mean deleting work was repeated.
        Assert.InRange(
            Route(stats, "DELETE /services/data/v62.0/composite/sobjects"),
            Records / 200,
            Records / 200 + kills * 6);
    }

    [Fact]
    public async Task Sigterm_stops_the_run_at_a_safe_point_and_it_resumes()
    {
        await using var emulator = await StartEmulatorAsync(records: 8_000, latencyMs: 40);
        string[] common =
        [
            "--emulator-url", emulator.BaseUrl.ToString(),
            "--secrets", Secrets,
            "--confirm-all",
            "--state", State,
        ];

        using var first = CliProcess.Start(_folder.Path, ["apply", Runbook, "--auto-approve", .. common]);
        Assert.True(await first.WaitForOutputAsync("-> delete_subscription_data"), first.Output);
        first.Terminate();
        var stoppedWith = await first.WaitAsync();
        var status = JsonDocument.Parse(CliRun.Invoke("runs", "--state", State, "--format", "json").Out)
            .RootElement[0]
            .GetProperty("status")
            .GetString();
        var resumed = CliRun.Invoke(["apply", "--resume", LatestRunId(), .. common]);

        Assert.NotEqual(0, stoppedWith);
        Assert.Contains("stopping at the next safe point", first.Output, StringComparison.Ordinal);
        Assert.Equal("stopped", status);
        Assert.Equal(0, resumed.ExitCode);
        Assert.Contains("ok delete_subscription_data", resumed.Out, StringComparison.Ordinal);
    }

    private string LatestRunId()
        => JsonDocument.Parse(CliRun.Invoke("runs", "--state", State, "--format", "json").Out)
            .RootElement[0]
            .GetProperty("id")
            .GetString()!;

    private static JsonElement Org(JsonElement state, string name)
        => state.GetProperty("orgs")
            .EnumerateArray()
            .First(org => org.ToString().Contains(name, StringComparison.Ordinal));

    private static int Count(JsonElement org, string objectName)
        => org.GetProperty("records").GetProperty(objectName).GetInt32();

    private static int Route(JsonElement stats, string route)
        => stats.GetProperty("routes").TryGetProperty(route, out var count) ? count.GetInt32() : 0;
}
