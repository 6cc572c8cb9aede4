using System.Collections.Immutable;
using System.Text.Json.Nodes;
using Runbook.Engine.Plugins;

namespace Runbook.Engine.Execution.Journal;

/// <summary>What the CLI reads back: the list of runs, a run to resume, a whole run for its report.</summary>
public sealed partial class SqliteRunJournal
{
    /// <summary>Every run, newest first, for <c>runbook runs</c>.</summary>
    public Task<IReadOnlyList<RunSummary>> ListRunsAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();

        // Runs started in the same tick keep the order they were recorded in: the later one is newer.
        return Task.FromResult<IReadOnlyList<RunSummary>>(_database.Read(read => read.Query(
            "SELECT id, status, runbook_name, started_at FROM runs ORDER BY started_at DESC, rowid DESC",
            row => new RunSummary(
                row.GetString(0),
                EnumText<RunStatus>.Parse(row.GetString(1)),
                row.GetString(2),
                JournalTime.Parse(row.GetString(3))))));
    }

    /// <summary>A run with its plan and status, for <c>apply --resume</c>; null when there is no such run.</summary>
    public Task<RunRecord?> FindRunAsync(string runId, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(_database.Read(read => ReadRun(read, runId)));
    }

    /// <summary>
    /// Everything recorded about a run, read in one transaction: the run, its steps with their attempts and
    /// checkpoints, the confirmations and the event log. Null when there is no such run.
    /// </summary>
    public Task<RunHistory?> LoadRunAsync(string runId, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(_database.Read(read =>
        {
            var run = ReadRun(read, runId);
            if (run is null)
            {
                return null;
            }

            var attempts = ReadAttempts(read, runId)
                .ToLookup(pair => pair.Step, pair => pair.Attempt, StringComparer.Ordinal);
            var checkpoints = ReadCheckpoints(read, runId).ToLookup(row => row.Step, StringComparer.Ordinal);
            var steps = ReadSteps(read, runId).Select(record => new JournalStep(
                record,
                [.. attempts[record.Name]],
                checkpoints[record.Name].ToImmutableSortedDictionary(
                    row => row.Key, row => row.Value, StringComparer.Ordinal)));

            return new RunHistory(run, [.. steps], [.. ReadConfirmations(read, runId)], [.. ReadEvents(read, runId)]);
        }));
    }

    private static RunRecord? ReadRun(JournalTransaction read, string runId)
    {
        var targets = ReadTargets(read, runId);
        return read.Query(
            "SELECT plan_json, started_by, started_at, status, status_message, ended_at FROM runs WHERE id = $run",
            row => new RunRecord(
                runId,
                PlanJson.Read(row.GetString(0), runId),
                [.. targets],
                row.GetString(1),
                JournalTime.Parse(row.GetString(2)),
                EnumText<RunStatus>.Parse(row.GetString(3)))
            {
                StatusMessage = NullableText(row, 4),
                EndedAt = JournalTime.ParseOrNull(NullableText(row, 5)),
            },
            ("$run", runId)).SingleOrDefault();
    }

    private static List<(string Step, StepAttempt Attempt)> ReadAttempts(
        JournalTransaction read,
        string runId) => read.Query(
        """
        SELECT step, attempt, started_at, ended_at, outcome, outputs_json, error
        FROM step_attempts WHERE run_id = $run ORDER BY step, attempt
        """,
        row => (row.GetString(0), new StepAttempt(
            row.GetInt32(1),
            JournalTime.Parse(row.GetString(2)),
            EnumText<AttemptOutcome>.Parse(row.GetString(4)))
        {
            EndedAt = JournalTime.ParseOrNull(NullableText(row, 3)),
            Outputs = StepOutputsJson.Deserialize(NullableText(row, 5)),
            Error = NullableText(row, 6),
        }),
        ("$run", runId));

    private static List<(string Step, string Key, string Value)> ReadCheckpoints(
        JournalTransaction read,
        string runId) => read.Query(
        "SELECT step, key, value FROM checkpoints WHERE run_id = $run",
        row => (row.GetString(0), row.GetString(1), row.GetString(2)),
        ("$run", runId));

    private static List<JournalConfirmation> ReadConfirmations(JournalTransaction read, string runId) => read.Query(
        "SELECT step, operator, at, confirmed, text, source FROM confirmations WHERE run_id = $run ORDER BY sequence",
        row => new JournalConfirmation(
            row.GetString(0),
            new ManualConfirmation(
                row.GetString(1),
                JournalTime.Parse(row.GetString(2)),
                row.GetBoolean(3),
                row.GetString(4),
                row.GetString(5))),
        ("$run", runId));

    private static List<JournalEvent> ReadEvents(JournalTransaction read, string runId) => read.Query(
        "SELECT sequence, at, kind, step, message, data_json FROM events WHERE run_id = $run ORDER BY sequence",
        row => new JournalEvent(
            row.GetInt64(0), JournalTime.Parse(row.GetString(1)), row.GetString(2), row.GetString(4))
        {
            Step = NullableText(row, 3),
            Data = row.IsDBNull(5) ? null : JsonNode.Parse(row.GetString(5)),
        },
        ("$run", runId));
}
