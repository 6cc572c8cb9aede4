namespace Runbook.Engine.Planning;

/// <summary>A plan file that cannot be read; the message says what to do.</summary>
public sealed class PlanFileException(string message, Exception? innerException = null)
    : Exception(message, innerException);
