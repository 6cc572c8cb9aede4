using System.Collections.Immutable;
using Runbook.Engine.Binding;
using Runbook.Engine.Plugins;
using Runbook.Engine.Runtime;

namespace Runbook.Steps.Plugins.Functions;

/// <summary>
/// <c>secret(name)</c>: like <c>env</c>, but the value is a <see cref="SecretValue"/> that prints as ***
/// and may only reach attributes that accept secrets.
/// </summary>
public sealed class SecretFunction : FunctionPlugin
{
    /// <inheritdoc />
    public override FunctionSchema Schema { get; } = new(
        "secret",
        "A secret from the secrets file (--secrets) or the environment; it is never shown.",
        [new ParameterSchema("name", RunbookType.String, "The variable's name, such as SF_PASSWORD.")],
        RunbookType.String)
    {
        ReturnsSecret = true,
    };

    /// <inheritdoc />
    public override Task<FunctionResult> InvokeAsync(
        FunctionContext context,
        ImmutableArray<object?> arguments,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var name = FunctionArguments.Text(arguments, 0, "secret");
        var value = ExternalValue.Find(context.Environment.External, "secret", name);
        return Task.FromResult(FunctionResult.Of(new SecretValue(name, value)));
    }
}
