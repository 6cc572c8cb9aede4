namespace Runbook.Cli;

/// <summary>The exit codes scripts rely on. They are part of the command line's contract: never renumber one.</summary>
internal static class ExitCodes
{
    /// <summary>Everything worked.</summary>
    public const int Success = 0;

    /// <summary>The runbook has errors, or the command failed for a reason it explained.</summary>
    public const int Failure = 1;

    /// <summary>The command line itself was wrong: an unknown option, a missing file.</summary>
    public const int Usage = 2;

    /// <summary>A precondition or an expectation of the plan does not hold.</summary>
    public const int PreconditionFailed = 3;

    /// <summary>apply refused: the plan is not approved, not current, or another run holds the target.</summary>
    public const int Refused = 4;

    /// <summary>The run stopped at a manual step that needs a person; resume it once confirmed.</summary>
    public const int WaitingForPerson = 5;
}
