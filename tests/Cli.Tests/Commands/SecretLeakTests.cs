using System.Text;
using Runbook.Cli.Tests.TestSupport;
using Runbook.Emulator;

namespace Runbook.Cli.Tests.Commands;

/// <summary>
/// Secrets never appear in any output, log, plan, journal or report of a whole plan-approve-apply cycle.
/// </summary>
public sealed class SecretLeakTests : IDisposable
{
    private const string Password = "Zq9-very-unusual-password-4711";

    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task No_secret_value_reaches_output_logs_plans_journal_or_reports()
    {
        var runbook = _folder.Write("salesforce-sandbox-refresh.runbook",
            File.ReadAllText(Path.Combine(RepositoryPaths.Runbooks, "salesforce-sandbox-refresh.runbook")));
        var secrets = _folder.Write(
            "secrets.env",
            File.ReadAllText(Path.Combine(RepositoryPaths.Runbooks, "emulator.env"))
                .Replace("=emulator", "=" + Password, StringComparison.Ordinal));
        await using var emulator = await EmulatorServer.StartAsync(new EmulatorOptions
        {
            StateDirectory = Path.Combine(_folder.Path, "emulator"),
            Password = Password,
            Records = 50,
            RefreshSeconds = 1,
        });
        var plan = Path.Combine(_folder.Path, "plan.json");
        string[] common =
        [
            "--emulator-url", emulator.BaseUrl.ToString(),
            "--secrets", secrets,
            "--verbose",
            "--log-format", "json",
        ];

        var outputs = new List<CliRun>
        {
            CliRun.Invoke(["plan", runbook, "--out", plan, "--by", "alice", .. common]),
            CliRun.Invoke("approve", plan, "--by", "bob"),
            CliRun.Invoke(["apply", plan, "--confirm-all", .. common]),
            CliRun.Invoke("runs", "--state", Path.Combine(_folder.Path, ".runbook", "state.db")),
        };

        Assert.Equal(0, outputs[2].ExitCode);
        var everything = new StringBuilder();
        foreach (var run in outputs)
        {
            everything.Append(run.Out).Append(run.Error);
        }

        foreach (var file in Directory.EnumerateFiles(_folder.Path, "*", SearchOption.AllDirectories)
            .Where(file => !file.EndsWith("secrets.env", StringComparison.Ordinal)
                && !file.Contains("emulator", StringComparison.Ordinal)))
        {
            everything.Append(Encoding.UTF8.GetString(File.ReadAllBytes(file)));
        }

        Assert.Contains("Report:", outputs[2].Out, StringComparison.Ordinal);
        Assert.DoesNotContain(Password, everything.ToString(), StringComparison.Ordinal);
    }
}
