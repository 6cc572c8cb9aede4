using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using Runbook.Engine.Planning;
using Runbook.Engine.Plugins;

namespace Runbook.Engine.Execution.Journal;

/// <summary>
/// The run journal kept in one SQLite file (by default <c>.runbook/state.db</c> beside the runbook). Every
/// method is one write transaction in a WAL-mode file, so a process killed at any moment leaves each run as it
/// was after its last completed write. The schema is versioned and brought up to date when the file is opened.
/// Starting a run also takes a lock on each of its targets, so only one run at a time changes a system.
/// </summary>
public sealed partial class SqliteRunJournal : IRunJournal, IDisposable
{
    /// <summary>The state file's name in the <c>.runbook</c> folder beside a runbook.</summary>
    public const string DefaultFileName = "state.db";

    private readonly JournalDatabase _database;
    private readonly TimeProvider _time;

    private SqliteRunJournal(JournalDatabase database, TimeProvider time)
    {
        _database = database;
        _time = time;
    }

    /// <summary>The full path of the state file.</summary>
    public string FilePath => _database.FilePath;

    /// <summary>The process that takes target locks; tests stand in for other processes with it.</summary>
    internal LockHolder Holder { get; set; } = LockHolder.Current;

    /// <summary>Called inside every write transaction just before it commits; tests interrupt writes with it.</summary>
    internal Action<SqliteConnection>? BeforeCommit
    {
        get => _database.BeforeCommit;
        set => _database.BeforeCommit = value;
    }

    private DateTimeOffset Now => _time.GetUtcNow();

    /// <summary>The default state file for a runbook: <c>.runbook/state.db</c> in the runbook's folder.</summary>
    public static string DefaultPathFor(string runbookPath)
        => Path.Combine(Path.GetDirectoryName(Path.GetFullPath(runbookPath))!, ".runbook", DefaultFileName);

    /// <summary>
    /// Opens the state file, creating it and its folder if needed and migrating an older schema. A file from
    /// a newer tool, or one that is not a state file, is a <see cref="JournalException"/>.
    /// </summary>
    /// <param name="path">The state file.</param>
    /// <param name="time">The clock for event times; tests replace it.</param>
    public static SqliteRunJournal Open(string path, TimeProvider? time = null)
        => Open(path, JournalSchema.Migrations, time);

    internal static SqliteRunJournal Open(string path, IReadOnlyList<string> migrations, TimeProvider? time = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var database = new JournalDatabase(path);
        database.Initialize(migrations);
        return new SqliteRunJournal(database, time ?? TimeProvider.System);
    }

    /// <summary>
    /// Records the start of a run and locks its targets, in one transaction: a run that another live run's
    /// lock refuses is a <see cref="TargetLockedException"/> and leaves nothing behind.
    /// </summary>
    public Task<string> StartRunAsync(RunStart start, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(start);
        cancellationToken.ThrowIfCancellationRequested();

        var runId = Guid.NewGuid().ToString("N")[..12];
        List<string> targets = start.Targets.IsDefault
            ? []
            : [.. start.Targets.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
        _database.Write(write =>
        {
            write.Execute(
                """
                INSERT INTO runs (
                    id, runbook_name, runbook_path, runbook_sha256, plan_id, plan_json, started_by, started_at, status)
                VALUES ($id, $name, $path, $sha, $plan, $json, $by, $at, $status)
                """,
                ("$id", runId), ("$name", start.Plan.Runbook.Name), ("$path", start.Plan.Runbook.Path),
                ("$sha", start.Plan.Runbook.Sha256), ("$plan", start.Plan.Id), ("$json", PlanJson.Write(start.Plan)),
                ("$by", start.StartedBy), ("$at", JournalTime.ToText(start.StartedAt)),
                ("$status", JournalText.Of(RunStatus.Running)));

            foreach (var target in targets)
            {
                write.Execute(
                    "INSERT INTO run_targets (run_id, target) VALUES ($run, $target)",
                    ("$run", runId), ("$target", target));
            }

            var position = 0;
            foreach (var step in start.Plan.Steps)
            {
                write.Execute(
                    "INSERT INTO steps (run_id, name, position, status) VALUES ($run, $name, $position, $status)",
                    ("$run", runId), ("$name", step.Name), ("$position", position++),
                    ("$status", JournalText.Of(StepStatus.Pending)));
            }

            LockTargets(write, runId, targets);
            AppendEvent(write, runId, start.StartedAt, JournalEventKinds.RunStarted, null,
                $"Run started by {start.StartedBy} from plan {start.Plan.Id}.", null);
        });

        return Task.FromResult(runId);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<StepRecord>> LoadStepsAsync(string runId, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult<IReadOnlyList<StepRecord>>(_database.Read(read =>
        {
            RequireRun(read, runId);
            return ReadSteps(read, runId);
        }));
    }

    /// <summary>
    /// Records that an attempt started. An earlier attempt of the step still open was cut short by a process
    /// that ended without recording it, so it is closed as abandoned.
    /// </summary>
    public Task StepStartedAsync(
        string runId,
        string step,
        int attempt,
        DateTimeOffset at,
        CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        _database.Write(write =>
        {
            RequireRun(write, runId);
            CloseAbandonedAttempts(write, runId, step);

            // The engine numbers attempts from the journal's own count, so a repeated number means the count
            // was not saved; the newer start replaces the record rather than failing the run.
            write.Execute(
                """
                INSERT INTO step_attempts (run_id, step, attempt, started_at, outcome)
                VALUES ($run, $step, $attempt, $at, $running)
                ON CONFLICT (run_id, step, attempt) DO UPDATE SET
                    started_at = excluded.started_at, ended_at = NULL, outcome = excluded.outcome,
                    outputs_json = NULL, error = NULL
                """,
                ("$run", runId), ("$step", step), ("$attempt", attempt), ("$at", JournalTime.ToText(at)),
                ("$running", JournalText.Of(AttemptOutcome.Running)));

            SaveStep(write, runId, new StepRecord(step, StepStatus.Running) { StartedAt = at, Attempts = attempt });
        });

        return Task.CompletedTask;
    }

    /// <summary>Records how a step ended, and closes its open attempt with the same outcome.</summary>
    public Task StepEndedAsync(string runId, StepRecord record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        cancellationToken.ThrowIfCancellationRequested();
        _database.Write(write =>
        {
            RequireRun(write, runId);
            SaveStep(write, runId, record);
            if (OutcomeOf(record) is { } outcome && record.StartedAt is { } started)
            {
                write.Execute(
                    """
                    UPDATE step_attempts
                    SET outcome = $outcome, ended_at = $ended, outputs_json = $outputs, error = $error
                    WHERE run_id = $run AND step = $step AND outcome = $running AND started_at = $started
                    """,
                    ("$outcome", JournalText.Of(outcome)), ("$ended", JournalTime.ToText(record.EndedAt ?? Now)),
                    ("$outputs", StepOutputsJson.Serialize(record.Outputs)), ("$error", record.Error),
                    ("$run", runId), ("$step", record.Name), ("$running", JournalText.Of(AttemptOutcome.Running)),
                    ("$started", JournalTime.ToText(started)));
            }

            // An attempt still open now was not this one (a drift check can end a step before any attempt
            // starts): it was left by a process that was killed.
            CloseAbandonedAttempts(write, runId, record.Name);
        });

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public IStepCheckpoints Checkpoints(string runId, string step)
        => new SqliteCheckpoints(_database, _time, runId, step);

    /// <inheritdoc />
    public Task ConfirmationAsync(
        string runId,
        string step,
        ManualConfirmation confirmation,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(confirmation);
        cancellationToken.ThrowIfCancellationRequested();
        _database.Write(write =>
        {
            RequireRun(write, runId);
            write.Execute(
                """
                INSERT INTO confirmations (run_id, step, operator, at, confirmed, text, source)
                VALUES ($run, $step, $operator, $at, $confirmed, $text, $source)
                """,
                ("$run", runId), ("$step", step), ("$operator", confirmation.Operator),
                ("$at", JournalTime.ToText(confirmation.At)), ("$confirmed", confirmation.Confirmed),
                ("$text", confirmation.Text), ("$source", confirmation.Source));
        });

        return Task.CompletedTask;
    }

    /// <summary>
    /// Appends an event at the journal's clock. A message that starts with a step's name and a colon (as the
    /// engine writes retries and failures) is recorded as about that step.
    /// </summary>
    public Task EventAsync(string runId, string kind, string message, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        _database.Write(write =>
        {
            RequireRun(write, runId);
            var step = ReadStepNames(write, runId)
                .Where(name => message.StartsWith(name + ":", StringComparison.Ordinal))
                .MaxBy(name => name.Length);
            AppendEvent(write, runId, Now, kind, step, message, null);
        });

        return Task.CompletedTask;
    }

    /// <summary>
    /// Records the run's status. A run that ended (succeeded, failed or stopped) gets its end time; a run that
    /// succeeded also gives up its target locks. One that failed, stopped or waits keeps them until it is
    /// resumed to success or they are released, so no other run changes a system it left half done.
    /// </summary>
    public Task RunStatusAsync(string runId, RunStatus status, string? message, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var now = Now;
        _database.Write(write =>
        {
            RequireRun(write, runId);
            var ended = status is RunStatus.Succeeded or RunStatus.Failed or RunStatus.Stopped;
            write.Execute(
                "UPDATE runs SET status = $status, status_message = $message, ended_at = $ended WHERE id = $run",
                ("$status", JournalText.Of(status)), ("$message", message),
                ("$ended", ended ? JournalTime.ToText(now) : null), ("$run", runId));
            AppendEvent(write, runId, now, JournalEventKinds.Status, null,
                message is null ? JournalText.Of(status) : $"{JournalText.Of(status)}: {message}", null);

            if (status == RunStatus.Succeeded)
            {
                write.Execute("DELETE FROM locks WHERE run_id = $run", ("$run", runId));
            }
        });

        return Task.CompletedTask;
    }

    /// <summary>Records a precondition as evaluated at apply time, with its evidence, as a structured event.</summary>
    public Task PreconditionCheckedAsync(string runId, PlanCondition condition, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(condition);
        cancellationToken.ThrowIfCancellationRequested();
        var data = new JsonObject
        {
            ["condition"] = condition.Condition,
            ["because"] = condition.Because,
            ["result"] = condition.Result,
            ["error"] = condition.Error,
            ["evidence"] = new JsonArray([.. condition.Evidence.Select(evidence => (JsonNode)new JsonObject
            {
                ["subject"] = evidence.Subject,
                ["fact"] = evidence.Fact,
                ["source"] = evidence.Source,
            })]),
        };
        _database.Write(write =>
        {
            RequireRun(write, runId);
            var message = JournalMessages.Precondition(condition);
            AppendEvent(write, runId, Now, JournalEventKinds.Precondition, null, message, data);
        });

        return Task.CompletedTask;
    }

    /// <summary>Records a drift check before a mutating step, as a structured event.</summary>
    public Task DriftCheckedAsync(
        string runId,
        string step,
        IReadOnlyList<string> differences,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(differences);
        cancellationToken.ThrowIfCancellationRequested();
        var data = new JsonObject
        {
            ["step"] = step,
            ["drifted"] = differences.Count > 0,
            ["differences"] = new JsonArray([.. differences.Select(item => (JsonNode?)JsonValue.Create(item))]),
        };
        _database.Write(write =>
        {
            RequireRun(write, runId);
            var message = JournalMessages.Drift(step, differences);
            AppendEvent(write, runId, Now, JournalEventKinds.Drift, step, message, data);
        });

        return Task.CompletedTask;
    }

    /// <summary>Closes the file's pooled connections so it can be moved or deleted.</summary>
    public void Dispose() => _database.ReleaseConnections();

    private static AttemptOutcome? OutcomeOf(StepRecord record) => record.Status switch
    {
        StepStatus.Succeeded => AttemptOutcome.Succeeded,
        StepStatus.Failed => AttemptOutcome.Failed,
        StepStatus.Waiting => AttemptOutcome.Waiting,
        StepStatus.Pending => AttemptOutcome.Interrupted,

        // Skipped steps never start an attempt, and a running step has not ended.
        _ => null,
    };

    private static void CloseAbandonedAttempts(JournalTransaction write, string runId, string step) => write.Execute(
        """
        UPDATE step_attempts SET outcome = $abandoned
        WHERE run_id = $run AND step = $step AND outcome = $running
        """,
        ("$abandoned", JournalText.Of(AttemptOutcome.Abandoned)), ("$run", runId), ("$step", step),
        ("$running", JournalText.Of(AttemptOutcome.Running)));

    private static void RequireRun(JournalTransaction transaction, string runId)
    {
        if (transaction.Scalar("SELECT 1 FROM runs WHERE id = $run", ("$run", runId)) is null)
        {
            throw new JournalException($"There is no run {runId} in this state file.");
        }
    }

    private static void SaveStep(JournalTransaction write, string runId, StepRecord record)
    {
        write.Execute(
            """
            INSERT INTO steps (
                run_id, name, position, status, started_at, ended_at, outputs_json, error, notes_json, attempts)
            VALUES ($run, $name, (SELECT COALESCE(MAX(position) + 1, 0) FROM steps WHERE run_id = $run),
                    $status, $started, $ended, $outputs, $error, $notes, $attempts)
            ON CONFLICT (run_id, name) DO UPDATE SET
                status = excluded.status, started_at = excluded.started_at, ended_at = excluded.ended_at,
                outputs_json = excluded.outputs_json, error = excluded.error, notes_json = excluded.notes_json,
                attempts = excluded.attempts
            """,
            ("$run", runId), ("$name", record.Name), ("$status", JournalText.Of(record.Status)),
            ("$started", JournalTime.ToText(record.StartedAt)), ("$ended", JournalTime.ToText(record.EndedAt)),
            ("$outputs", StepOutputsJson.Serialize(record.Outputs)), ("$error", record.Error),
            ("$notes", JsonSerializer.Serialize(record.Notes.IsDefault ? [] : record.Notes)),
            ("$attempts", record.Attempts));
    }

    private static List<StepRecord> ReadSteps(JournalTransaction read, string runId) => read.Query(
        """
        SELECT name, status, started_at, ended_at, outputs_json, error, notes_json, attempts
        FROM steps WHERE run_id = $run ORDER BY position
        """,
        row => new StepRecord(row.GetString(0), EnumText<StepStatus>.Parse(row.GetString(1)))
        {
            StartedAt = JournalTime.ParseOrNull(NullableText(row, 2)),
            EndedAt = JournalTime.ParseOrNull(NullableText(row, 3)),
            Outputs = StepOutputsJson.Deserialize(row.GetString(4)),
            Error = NullableText(row, 5),
            Notes = JsonSerializer.Deserialize<ImmutableArray<string>>(row.GetString(6)),
            Attempts = row.GetInt32(7),
        },
        ("$run", runId));

    private static List<string> ReadTargets(JournalTransaction read, string runId) => read.Query(
        "SELECT target FROM run_targets WHERE run_id = $run ORDER BY target",
        row => row.GetString(0),
        ("$run", runId));

    private static string? NullableText(SqliteDataReader row, int column)
        => row.IsDBNull(column) ? null : row.GetString(column);

    private static List<string> ReadStepNames(JournalTransaction read, string runId)
        => read.Query("SELECT name FROM steps WHERE run_id = $run", row => row.GetString(0), ("$run", runId));

    private static void AppendEvent(
        JournalTransaction write,
        string runId,
        DateTimeOffset at,
        string kind,
        string? step,
        string message,
        JsonNode? data)
    {
        write.Execute(
            """
            INSERT INTO events (run_id, at, kind, step, message, data_json)
            VALUES ($run, $at, $kind, $step, $message, $data)
            """,
            ("$run", runId), ("$at", JournalTime.ToText(at)), ("$kind", kind), ("$step", step), ("$message", message),
            ("$data", data?.ToJsonString()));
    }
}
