using System.Collections.Immutable;
using Runbook.Engine.Binding;
using Runbook.Engine.Plugins;

namespace Runbook.Steps.Plugins.Functions;

/// <summary><c>env(name)</c>: a value from the environment or the secrets file, such as a user name.</summary>
public sealed class EnvFunction : FunctionPlugin
{
    /// <inheritdoc />
    public override FunctionSchema Schema { get; } = new(
        "env",
        "A value from the secrets file (--secrets) or the environment; an error when neither has it.",
        [new ParameterSchema("name", RunbookType.String, "The variable's name, such as SF_USERNAME.")],
        RunbookType.String);

    /// <inheritdoc />
    public override Task<FunctionResult> InvokeAsync(
        FunctionContext context,
        ImmutableArray<object?> arguments,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var name = FunctionArguments.Text(arguments, 0, "env");
        return Task.FromResult(FunctionResult.Of(ExternalValue.Find(context.Environment.External, "env", name)));
    }
}
