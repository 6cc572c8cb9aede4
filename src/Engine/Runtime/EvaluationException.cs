namespace Runbook.Engine.Runtime;

/// <summary>
/// A problem found while evaluating a runbook against live systems: a missing environment variable, a
/// system that cannot be reached, a function that fails. Its message is written for the person running the
/// command and never holds a secret.
/// </summary>
public class EvaluationException : Exception
{
    /// <summary>Creates the exception with a message for people.</summary>
    public EvaluationException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message for people and the cause.</summary>
    public EvaluationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
