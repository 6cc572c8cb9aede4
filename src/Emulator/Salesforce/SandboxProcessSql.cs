namespace Runbook.Emulator.Salesforce;

/// <summary>
/// A refresh's progress is computed from its start time and duration at the moment of each read ($now), never
/// stored, so every process looking at the state file sees the same status without a timer. The first 10 % of the
/// duration is Pending, then Processing until 70 %, then Activating until done (Completed), or Pending Activation
/// for ever when the refresh was not asked to activate itself.
/// </summary>
internal static class SandboxProcessSql
{
    private const string Elapsed = "($now - p.created)";

    public const string Status = $"""
        CASE
            WHEN p.auto_activate = 1 AND {Elapsed} >= p.duration THEN 'Completed'
            WHEN {Elapsed} >= p.duration * 0.7 THEN
                CASE WHEN p.auto_activate = 1 THEN 'Activating' ELSE 'Pending Activation' END
            WHEN {Elapsed} >= p.duration * 0.1 THEN 'Processing'
            ELSE 'Pending'
        END
        """;

    public const string CopyProgress = $"""
        CASE
            WHEN {Elapsed} >= p.duration * 0.7 THEN 100
            WHEN {Elapsed} <= 0 THEN 0
            ELSE CAST({Elapsed} * 100 / (p.duration * 0.7) AS INTEGER)
        END
        """;

    public const string EndDate =
        $"CASE WHEN p.auto_activate = 1 AND {Elapsed} >= p.duration THEN p.created + p.duration END";

    /// <summary>True while the process has not reached a final state (Completed or Pending Activation).</summary>
    public const string IsRunning = $"""
        (CASE WHEN p.auto_activate = 1 THEN {Elapsed} < p.duration ELSE {Elapsed} < p.duration * 0.7 END)
        """;
}
