namespace Runbook.Engine.Reporting;

/// <summary>Where the runbook file stands in its git repository when the report was made.</summary>
/// <param name="Commit">The commit checked out (<c>git rev-parse HEAD</c>).</param>
/// <param name="State"><c>committed</c>, <c>modified</c> (changed since that commit) or <c>untracked</c>.</param>
/// <param name="Modified">True unless the file is exactly as committed.</param>
public sealed record ReportGit(string Commit, string State, bool Modified);
