namespace Runbook.Engine.Execution.Journal;

/// <summary>The state file cannot be used: it is from a newer tool, it is not a journal, or a run is unknown.</summary>
public sealed class JournalException : Exception
{
    /// <summary>Creates the exception with a message for people.</summary>
    public JournalException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message for people and the cause.</summary>
    public JournalException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
