using Runbook.Engine.Runtime;

namespace Runbook.Steps.Plugins.Functions;

/// <summary>What <c>env</c> and <c>secret</c> share: looking a name up and how to supply it.</summary>
internal static class ExternalValue
{
    public static string Find(ExternalValues values, string function, string name) =>
        values.Find(name) ?? throw new EvaluationException(
            $"{function}(\"{name}\"): {name} is not set. Set the environment variable {name}, or put " +
            $"{name}=VALUE in a secrets file and give it with --secrets FILE.");
}
