using Runbook.Cli.Tests.TestSupport;
using Runbook.Emulator;

namespace Runbook.Cli.Tests.Commands;

/// <summary>The sandbox-refresh runbook through the command line, against the emulator.</summary>
public sealed class SandboxRefreshTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private string CopyRunbook()
    {
        var runbook = _folder.Write("salesforce-sandbox-refresh.runbook",
            File.ReadAllText(Path.Combine(RepositoryPaths.Runbooks, "salesforce-sandbox-refresh.runbook")));
        _folder.Write("emulator.env", File.ReadAllText(Path.Combine(RepositoryPaths.Runbooks, "emulator.env")));
        return runbook;
    }

    [Fact]
    public void The_main_command_rehearses_the_whole_procedure()
    {
        var runbook = CopyRunbook();

        var run = CliRun.Invoke(
            "apply", runbook, "--auto-approve", "--emulator", "--emulator-reset",
            "--secrets", Path.Combine(_folder.Path, "emulator.env"), "--confirm-all", "--operator", "olivia");

        Assert.True(run.ExitCode == 0, run.Out + run.Error);
        Assert.Contains("[ok] same_org_type(books, crm)", run.Out, StringComparison.Ordinal);
        Assert.Contains("[ok] single_org_per_company(books, crm)", run.Out, StringComparison.Ordinal);
        Assert.Contains(
            "ok delete_subscription_data  deleted_records=1000, failed_records=0",
            run.Out,
            StringComparison.Ordinal);
        Assert.Contains("ok mass_sync  confirmed_by=olivia", run.Out, StringComparison.Ordinal);
        Assert.Contains(": Succeeded.", run.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("shared-org", "single_org_per_company(books, crm)")]
    [InlineData("production-link", "single_org_per_company(books, crm)")]
    public async Task A_broken_link_fails_the_plan_with_exit_code_3(string scenario, string failing)
    {
        var runbook = CopyRunbook();
        await using var emulator = await EmulatorServer.StartAsync(new EmulatorOptions
        {
            StateDirectory = Path.Combine(_folder.Path, "emulator-state"),
            Scenario = scenario,
            Records = 20,
        });

        var run = CliRun.Invoke(
            "plan", runbook,
            "--emulator-url", emulator.BaseUrl.ToString(),
            "--secrets", Path.Combine(_folder.Path, "emulator.env"));

        Assert.Equal(3, run.ExitCode);
        Assert.Contains($"[FAILED] {failing}", run.Out, StringComparison.Ordinal);
        Assert.Contains("The plan is NOT valid", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_secret_is_a_clear_error_that_names_it()
    {
        var runbook = CopyRunbook();
        var partial = _folder.Write("partial.env", "SF_PRODUCTION_USERNAME=admin@example.com\n");

        var run = CliRun.Invoke("plan", runbook, "--emulator", "--emulator-reset", "--secrets", partial);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("SF_PRODUCTION_PASSWORD", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
    }
}
