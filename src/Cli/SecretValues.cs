using Runbook.Engine.Binding;
using Runbook.Engine.Binding.Bound;
using Runbook.Engine.Runtime;

namespace Runbook.Cli;

/// <summary>The secret values a run may have used, so that reports can be checked never to show them.</summary>
internal static class SecretValues
{
    public static IReadOnlyCollection<string> Of(RunbookCompilation compilation, ExternalValues external)
    {
        var names = compilation.Runbook.Connections
            .SelectMany(connection => connection.Attributes)
            .Concat(compilation.Runbook.Steps.SelectMany(step => step.Attributes))
            .SelectMany(attribute => attribute.Value.DescendantsAndSelf())
            .OfType<BoundCall>()
            .Where(call => call.IsSecret)
            .Select(call => call.Arguments.FirstOrDefault() is BoundString { ConstantValue: { } name } ? name : null)
            .OfType<string>();

        return [.. names.Select(external.Find).OfType<string>().Distinct()];
    }
}
