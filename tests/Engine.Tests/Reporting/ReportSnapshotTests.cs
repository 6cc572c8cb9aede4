using Runbook.Engine.Reporting;
using Runbook.Engine.Tests.Execution;
using Snapshooter;
using Snapshooter.Xunit;

namespace Runbook.Engine.Tests.Reporting;

/// <summary>
/// The Markdown and HTML reports of a succeeded, a failed and a stopped run, compared with reviewed snapshots.
/// Times come from a manual clock; run ids are random, so they are replaced by <c>RUN-ID</c> first.
/// </summary>
public sealed class ReportSnapshotTests : IDisposable
{
    private static CancellationToken None => CancellationToken.None;

    private readonly JournalFolder _folder = new();
    private readonly ManualClock _clock = new(RunScenarios.Start);

    public void Dispose() => _folder.Dispose();

    public static TheoryData<string, string> Cases() => new()
    {
        { "succeeded", "md" }, { "succeeded", "html" },
        { "failed", "md" }, { "failed", "html" },
        { "stopped", "md" }, { "stopped", "html" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task The_report_matches_its_snapshot(string scenario, string format)
    {
        var journal = _folder.Open(_clock);
        var scenarios = new RunScenarios(journal, _clock);
        var runId = scenario switch
        {
            "succeeded" => await scenarios.SucceededAsync(),
            "failed" => await scenarios.FailedAsync(),
            _ => await scenarios.StoppedAsync(),
        };

        var model = await ReportModelBuilder.BuildAsync(journal, runId, Options(), None);
        var report = new ReportWriter().Render(model, format == "md" ? ReportFormat.Markdown : ReportFormat.Html);

        Snapshot.Match(report.Replace(runId, "RUN-ID", StringComparison.Ordinal),
            SnapshotNameExtension.Create(scenario, format));
    }

    internal static ReportOptions Options() => new()
    {
        DescribeGit = false,
        Time = new ManualClock(new DateTimeOffset(2025, 3, 2, 8, 0, 0, TimeSpan.Zero)),
    };
}
