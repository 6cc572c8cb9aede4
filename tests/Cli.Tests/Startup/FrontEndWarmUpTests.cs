using Runbook.Engine.Syntax;
using Runbook.Steps;

namespace Runbook.Cli.Tests.Startup;

public sealed class FrontEndWarmUpTests
{
    [Fact]
    public void The_sample_compiles_without_a_diagnostic()
    {
        var compilation = FrontEndWarmUp.Compile();

        Assert.Empty(compilation.Diagnostics);
    }

    [Fact]
    public void The_sample_uses_every_built_in_plugin()
    {
        var registry = BuiltInPlugins.CreateRegistry();
        var runbook = FrontEndWarmUp.Compile().Runbook;

        Assert.Equal(
            registry.StepKinds.Select(kind => kind.Name).Order(),
            runbook.Steps.Select(step => step.Symbol.Kind).Distinct().Order());
        Assert.Equal(
            registry.ConnectionKinds.Select(kind => kind.Name).Order(),
            runbook.Connections.Select(connection => connection.Symbol.Kind).Distinct().Order());

        var called = FrontEndWarmUp.Compile().SyntaxTree.Root.DescendantNodesAndSelf()
            .OfType<CallExpressionSyntax>()
            .Select(call => call.Target.ToFullString().Trim())
            .ToHashSet();
        Assert.All(registry.Functions, function => Assert.Contains(function.Name, called));
    }
}
