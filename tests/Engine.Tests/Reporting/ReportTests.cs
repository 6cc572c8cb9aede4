using System.Collections.Immutable;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Runbook.Engine.Execution;
using Runbook.Engine.Execution.Journal;
using Runbook.Engine.Planning;
using Runbook.Engine.Plugins;
using Runbook.Engine.Reporting;
using Runbook.Engine.Tests.Execution;

namespace Runbook.Engine.Tests.Reporting;

public sealed class ReportTests : IDisposable
{
    private static CancellationToken None => CancellationToken.None;

    private readonly JournalFolder _folder = new();
    private readonly ManualClock _clock = new(RunScenarios.Start);

    public void Dispose() => _folder.Dispose();

    private async Task<(SqliteRunJournal Journal, string RunId)> RunAsync(Func<RunScenarios, Task<string>> scenario)
    {
        var journal = _folder.Open(_clock);
        return (journal, await scenario(new RunScenarios(journal, _clock)));
    }

    [Fact]
    public async Task A_run_waiting_for_a_person_says_which_step_to_confirm_when_resuming()
    {
        var (journal, runId) = await RunAsync(scenarios => scenarios.WaitingAsync());

        var model = await ReportModelBuilder.BuildAsync(journal, runId, ReportSnapshotTests.Options(), None);

        Assert.Equal("cancel_subscription", model.Outcome.StoppedAt);
        Assert.Equal($"runbook apply --resume {runId} --confirm cancel_subscription", model.Outcome.ResumeCommand);
        Assert.True(model.Steps.Single(step => step.Name == "cancel_subscription").StoppedHere);
    }

    [Fact]
    public async Task A_state_file_given_on_the_command_line_is_part_of_the_resume_command()
    {
        var (journal, runId) = await RunAsync(scenarios => scenarios.FailedAsync());

        var model = await ReportModelBuilder.BuildAsync(
            journal, runId, ReportSnapshotTests.Options() with { StatePath = "/srv/my state/state.db" }, None);

        Assert.Equal($"runbook apply --resume {runId} --state '/srv/my state/state.db'", model.Outcome.ResumeCommand);
    }

    [Fact]
    public async Task A_run_that_succeeded_has_no_resume_command_and_counts_its_retries()
    {
        var (journal, runId) = await RunAsync(scenarios => scenarios.SucceededAsync());

        var model = await ReportModelBuilder.BuildAsync(journal, runId, ReportSnapshotTests.Options(), None);

        Assert.True(model.Outcome.Succeeded);
        Assert.Null(model.Outcome.ResumeCommand);
        Assert.Null(model.Outcome.StoppedAt);
        Assert.Equal([1, 0, 0, 0], model.Steps.Select(step => step.Retries));
        Assert.Equal([false, false], model.DriftChecks.Select(check => check.Drifted));
        Assert.Equal(["dave", "dave"], model.Confirmations.Select(confirmation => confirmation.Operator));
    }

    [Fact]
    public async Task Drift_recorded_without_details_and_checks_of_conditions_the_plan_lacks_are_still_reported()
    {
        var journal = _folder.Open(_clock);
        var runId = await journal.StartRunAsync(
            new RunStart(SamplePlans.Refresh(), "carol", RunScenarios.Start, [SamplePlans.SalesforceTarget]), None);
        await journal.EventAsync(runId, "drift",
            "Step 'refresh_sandbox': sandbox was \"uat\" when planned and is \"qa\" now.", None);
        await journal.PreconditionCheckedAsync(
            runId, new PlanCondition("multi_currency(erp) == multi_currency(crm)", null, false), None);

        var model = await ReportModelBuilder.BuildAsync(journal, runId, ReportSnapshotTests.Options(), None);

        var drift = Assert.Single(model.DriftChecks);
        Assert.True(drift.Drifted);
        Assert.Contains("\"qa\" now", Assert.Single(drift.Differences), StringComparison.Ordinal);
        var added = model.Preconditions.Single(
            precondition => precondition.Condition.StartsWith("multi_currency", StringComparison.Ordinal));
        Assert.Null(added.Planned);
        Assert.Equal("does not hold", Assert.Single(added.Applied).Verdict);
    }

    [Fact]
    public async Task Reports_never_contain_a_secret_used_in_the_run()
    {
        const string password = "S3cr3t-Pa55w0rd!";
        const string clientSecret = "8d9f0e1a2b3c4d5e";
        const string session = "00D5g000004SANDB!AQ4AQLnW2zFakeSessionTokenValue123456";
        var sample = SamplePlans.Refresh();
        var plan = PlanFile.WithId(sample with
        {
            Parameters = sample.Parameters.Add(new PlanParameter("intacct_password", "string",
                JsonValue.Create("plain-text-pass"), true)),
        });
        var journal = _folder.Open(_clock);
        var runId = await journal.StartRunAsync(new RunStart(plan, "carol", RunScenarios.Start,
            [SamplePlans.SalesforceTarget]), None);
        await journal.StepStartedAsync(runId, "refresh_sandbox", 1, RunScenarios.Start, None);
        await journal.Checkpoints(runId, "refresh_sandbox").SetAsync("session_id", session, None);
        await journal.Checkpoints(runId, "refresh_sandbox").SetAsync("login", $"user=admin password={password}", None);
        await journal.EventAsync(runId, "retry", $"refresh_sandbox: login with {password} refused; retrying in 2s.",
            None);
        await journal.EventAsync(runId, "note", $"Authorization: Bearer {session}", None);
        await journal.StepEndedAsync(runId, new StepRecord("refresh_sandbox", StepStatus.Failed)
        {
            StartedAt = RunScenarios.Start,
            EndedAt = RunScenarios.Start.AddMinutes(1),
            Error = $"INVALID_SESSION_ID: Session {session} expired (client_secret={clientSecret})",
            Outputs = ImmutableDictionary<string, object?>.Empty
                .Add("access_token", "abcd1234token")
                .Add("echo", password),
            Attempts = 1,
        }, None);
        await journal.ConfirmationAsync(
            runId, "cancel_subscription", new ManualConfirmation("dave", RunScenarios.Start, false,
                $"it said {password}", "interactive"),
            None);
        await journal.RunStatusAsync(runId, RunStatus.Failed, $"Step failed: {password}", None);

        var model = await ReportModelBuilder.BuildAsync(
            journal, runId, ReportSnapshotTests.Options() with { Secrets = [password, "uat"] }, None);
        var writer = new ReportWriter();
        var reports = new[] { ReportFormat.Markdown, ReportFormat.Html, ReportFormat.Json }
            .Select(format => writer.Render(model, format))
            .ToList();

        Assert.All(reports, report =>
        {
            Assert.DoesNotContain(password, report, StringComparison.Ordinal);
            Assert.DoesNotContain("plain-text-pass", report, StringComparison.Ordinal);
            Assert.DoesNotContain("FakeSessionTokenValue", report, StringComparison.Ordinal);
            Assert.DoesNotContain(clientSecret, report, StringComparison.Ordinal);
            Assert.DoesNotContain("abcd1234token", report, StringComparison.Ordinal);
            Assert.Contains("***", report, StringComparison.Ordinal);
        });
        Assert.True(model.Parameters.Single(parameter => parameter.Name == "intacct_password").Masked);

        // A secret too short to search for is left alone rather than hiding every "uat" in the report.
        Assert.Contains("`uat`", reports.First(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_html_report_is_one_self_contained_page_that_prints()
    {
        var (journal, runId) = await RunAsync(scenarios => scenarios.FailedAsync());
        var model = await ReportModelBuilder.BuildAsync(journal, runId, ReportSnapshotTests.Options(), None);

        var html = new ReportWriter().Render(model, ReportFormat.Html);

        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.Contains("<style>", html, StringComparison.Ordinal);
        Assert.Contains("@media print", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<link", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("src=", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("url(", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("&lt;daily>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;daily&gt;", html, StringComparison.Ordinal);
        Assert.Empty(UnbalancedTags(html));
    }

    /// <summary>Elements left open or closed out of order; text is escaped, so every "&lt;" starts a tag.</summary>
    private static List<string> UnbalancedTags(string html)
    {
        string[] empty = ["!doctype", "meta", "br"];
        var open = new Stack<string>();
        var problems = new List<string>();
        foreach (Match tag in Regex.Matches(html, "<(/?)([!a-zA-Z0-9]+)[^>]*>"))
        {
            var name = tag.Groups[2].Value.ToLowerInvariant();
            if (empty.Contains(name) || tag.Value.EndsWith("/>", StringComparison.Ordinal))
            {
                continue;
            }

            if (tag.Groups[1].Value.Length == 0)
            {
                open.Push(name);
            }
            else if (!open.TryPop(out var last) || last != name)
            {
                problems.Add($"</{name}> at {tag.Index}");
            }
        }

        problems.AddRange(open.Select(name => $"<{name}> never closed"));
        return problems;
    }

    [Fact]
    public async Task The_json_report_is_the_model_under_the_template_names()
    {
        var (journal, runId) = await RunAsync(scenarios => scenarios.SucceededAsync());
        var model = await ReportModelBuilder.BuildAsync(journal, runId, ReportSnapshotTests.Options(), None);

        var json = JsonNode.Parse(new ReportWriter().Render(model, ReportFormat.Json))!;

        Assert.Equal(runId, json["run"]?["id"]?.GetValue<string>());
        Assert.Equal("2025-03-01 10:00:00Z", json["run"]?["started_at"]?.GetValue<string>());
        Assert.Equal(2, json["steps"]?[0]?["attempt_count"]?.GetValue<int>());
        Assert.Equal("49m",
            json["steps"]?[0]?["outputs"]?.AsArray()
                .Single(output => output?["name"]?.GetValue<string>() == "waited")?["value"]?.GetValue<string>());
        Assert.True(json["outcome"]?["succeeded"]?.GetValue<bool>());
    }

    [Fact]
    public async Task A_template_folder_replaces_the_built_in_templates_by_name()
    {
        var (journal, runId) = await RunAsync(scenarios => scenarios.StoppedAsync());
        var model = await ReportModelBuilder.BuildAsync(journal, runId, ReportSnapshotTests.Options(), None);
        var templates = Directory.CreateDirectory(Path.Combine(_folder.Path, "templates")).FullName;
        File.WriteAllText(Path.Combine(templates, ReportWriter.MarkdownTemplate),
            "{{ run.id }} {{ outcome.status }} {{ steps.size }} {{ outcome.stopped_at | md }}");

        var writer = new ReportWriter(templates);

        Assert.Equal($"{runId} stopped 4 delete_subscription_data", writer.Render(model, ReportFormat.Markdown));
        Assert.StartsWith("<!DOCTYPE html>", writer.Render(model, ReportFormat.Html), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{{ if run.id }}", "has errors")]
    [InlineData("{{ run.idd.x }} {{ missing_name }}", "failed")]
    public async Task A_broken_template_is_reported_with_its_name(string text, string expected)
    {
        var (journal, runId) = await RunAsync(scenarios => scenarios.StoppedAsync());
        var model = await ReportModelBuilder.BuildAsync(journal, runId, ReportSnapshotTests.Options(), None);
        var templates = Directory.CreateDirectory(Path.Combine(_folder.Path, "templates")).FullName;
        File.WriteAllText(Path.Combine(templates, ReportWriter.HtmlTemplate), text);
        var writer = new ReportWriter(templates);

        var error = Assert.Throws<ReportTemplateException>(() => writer.Render(model, ReportFormat.Html));

        Assert.Contains(ReportWriter.HtmlTemplate, error.Message, StringComparison.Ordinal);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_template_folder_that_does_not_exist_is_refused()
    {
        Assert.Throws<ReportTemplateException>(() => new ReportWriter(Path.Combine(_folder.Path, "nowhere")));
    }

    [Fact]
    public async Task Run_reports_are_written_as_markdown_and_html_under_reports()
    {
        var (journal, runId) = await RunAsync(scenarios => scenarios.SucceededAsync());
        journal.Dispose();
        var output = Path.Combine(_folder.Path, "out");

        var files = await new ReportWriter().WriteRunReportsAsync(_folder.StateFile, runId, output,
            ReportSnapshotTests.Options());

        Assert.Equal(Path.Combine(output, "reports", runId + ".md"), files.Markdown);
        Assert.Equal(Path.Combine(output, "reports", runId + ".html"), files.Html);
        Assert.StartsWith("# Run report:", File.ReadAllText(files.Markdown), StringComparison.Ordinal);
        Assert.StartsWith("<!DOCTYPE html>", File.ReadAllText(files.Html), StringComparison.Ordinal);
        Assert.Equal(["reports"], Directory.GetFileSystemEntries(output).Select(Path.GetFileName));
        Assert.Equal(2, Directory.GetFiles(Path.Combine(output, "reports")).Length);
    }

    [Fact]
    public async Task A_report_of_a_run_the_journal_does_not_hold_is_refused()
    {
        var journal = _folder.Open(_clock);
        var writer = new ReportWriter();
        var missing = Path.Combine(_folder.Path, "none.db");

        await Assert.ThrowsAsync<JournalException>(() => writer.WriteRunReportsAsync(journal, "nope", _folder.Path));
        await Assert.ThrowsAsync<JournalException>(() => writer.WriteRunReportsAsync(missing, "nope", _folder.Path));
        Assert.False(File.Exists(missing));
    }
}
