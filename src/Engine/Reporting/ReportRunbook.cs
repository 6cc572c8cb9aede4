namespace Runbook.Engine.Reporting;

/// <summary>The runbook the run ran.</summary>
/// <param name="Name">Its name.</param>
/// <param name="Path">Its path as given when planning.</param>
/// <param name="Sha256">The hex SHA-256 of the exact text that was planned.</param>
public sealed record ReportRunbook(string Name, string Path, string Sha256)
{
    /// <summary>Its title, if set.</summary>
    public string? Title { get; init; }

    /// <summary>Its version, if set.</summary>
    public string? Version { get; init; }

    /// <summary>The repository commit, when the file is in a git repository and git is installed.</summary>
    public ReportGit? Git { get; init; }
}
