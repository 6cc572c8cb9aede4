using CsCheck;
using Runbook.Engine.Binding;
using Runbook.Engine.Syntax;
using Runbook.Engine.Tests.Generators;
using Runbook.Engine.Text;

namespace Runbook.Engine.Tests.Syntax;

/// <summary>For every input: the tree reproduces it exactly, its tokens tile it, and nothing throws.</summary>
public sealed class LosslessPropertyTests
{
    private const int Iterations = 2_000;

    [Fact]
    public void Fragmented_input_round_trips() => RunbookGenerators.Fragmented.Sample(AssertLossless, iter: Iterations);

    [Fact]
    public void Mutated_runbooks_round_trip() => RunbookGenerators.Mutated.Sample(AssertLossless, iter: Iterations);

    [Fact]
    public void Random_bytes_round_trip() => RunbookGenerators.RandomBytes.Sample(AssertLossless, iter: Iterations);

    [Fact]
    public void Valid_runbooks_parse_without_syntax_errors()
        => RunbookGenerators.ValidScrambled.Sample(text =>
        {
            var tree = SyntaxTree.Parse(text);
            Assert.Empty(tree.Diagnostics);
            AssertLossless(text);
        }, iter: 500);

    private static void AssertLossless(string text)
    {
        var compilation = RunbookCompilation.Create(SourceText.From(text), reportUnknownPlugins: true);
        var root = compilation.SyntaxTree.Root;

        Assert.Equal(text, root.ToFullString());

        var position = 0;
        foreach (var token in root.DescendantTokens())
        {
            Assert.Equal(position, token.FullSpan.Start);
            position = token.FullSpan.End;
        }

        Assert.Equal(text.Length, position);
        Assert.All(compilation.Diagnostics, diagnostic =>
            Assert.True(diagnostic.Span.Start >= 0 && diagnostic.Span.End <= text.Length, diagnostic.ToString()));
    }
}
