using Runbook.Engine.Runtime;

namespace Runbook.Steps.Plugins;

/// <summary>
/// A step ran and did not achieve what it is for: a refresh that Salesforce stopped, a person who reported a
/// manual step failed, a verification that came out false. The message says what happened, for people, and
/// never holds a secret. The run stops here unless the step says <c>on_failure = "continue"</c>.
/// </summary>
public sealed class StepFailedException : EvaluationException
{
    /// <summary>Creates the exception with a message for people.</summary>
    public StepFailedException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message for people and the cause.</summary>
    public StepFailedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
