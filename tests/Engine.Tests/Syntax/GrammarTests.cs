using CsCheck;
using Runbook.Engine.Diagnostics;
using Runbook.Engine.Syntax;
using Runbook.Engine.Tests.Generators;
using Runbook.Engine.Tests.Syntax.Ebnf;
using Runbook.Engine.Tests.TestSupport;
using Runbook.Engine.Text;

namespace Runbook.Engine.Tests.Syntax;

/// <summary>
/// grammar/runbook.ebnf is normative: the parser must accept exactly the files the grammar derives. These
/// tests read the grammar file itself and compare its verdict with the parser's on real and random inputs.
/// </summary>
public sealed class GrammarTests
{
    private static readonly EbnfGrammar Grammar = EbnfGrammar.Parse(File.ReadAllText(RepositoryPaths.Grammar));

    public static TheoryData<string> ValidFiles() =>
        [.. RepositoryPaths.ExampleRunbooks().Concat(RepositoryPaths.CorpusFiles("valid"))];

    [Theory]
    [MemberData(nameof(ValidFiles))]
    public void Every_example_and_valid_corpus_file_is_derived_by_the_grammar(string path)
    {
        var text = File.ReadAllText(path);

        Assert.True(GrammarAccepts(text), $"{path} is not derived by grammar/runbook.ebnf.");
        Assert.True(ParserAccepts(text), $"{path} has syntax errors.");
    }

    [Fact]
    public void Every_rule_the_grammar_names_is_defined()
    {
        var referenced = Grammar.Rules.Values.SelectMany(References).Select(reference => reference.Name);
        var undefined = referenced
            .Where(name => !Grammar.Rules.ContainsKey(name) && !name.All(c => char.IsUpper(c) || c == '_'))
            .ToList();

        Assert.Empty(undefined);
    }

    [Fact]
    public void Grammar_and_parser_agree_on_valid_runbooks()
        => RunbookGenerators.ValidScrambled.Sample(AssertAgreement, iter: 300);

    [Fact]
    public void Grammar_and_parser_agree_on_mutated_runbooks()
        => RunbookGenerators.Mutated.Sample(AssertAgreement, iter: 1_000);

    [Fact]
    public void Grammar_and_parser_agree_on_fragments()
        => RunbookGenerators.Fragmented.Sample(AssertAgreement, iter: 2_000);

    private static void AssertAgreement(string text)
        => Assert.True(GrammarAccepts(text) == ParserAccepts(text),
            $"The grammar {(GrammarAccepts(text) ? "accepts" : "rejects")} but the parser disagrees:\n{text}");

    // The grammar derives a file when its tokens are lexically valid and the token sequence matches 'file'.
    private static bool GrammarAccepts(string text)
    {
        var lexical = new DiagnosticBag();
        var tokens = Lexer.Lex(SourceText.From(text), lexical);
        return lexical.Count == 0 && EbnfRecognizer.Accepts(Grammar, "file", tokens[..^1]);
    }

    // Nesting beyond the parser's depth limit is the one syntax error the grammar does not describe.
    private static bool ParserAccepts(string text)
        => !SyntaxTree.Parse(text).Diagnostics
            .Any(diagnostic => diagnostic.Code.StartsWith("RB1", StringComparison.Ordinal));

    private static IEnumerable<EbnfNode.Reference> References(EbnfNode node) => node switch
    {
        EbnfNode.Reference reference => [reference],
        EbnfNode.Sequence sequence => sequence.Items.SelectMany(References),
        EbnfNode.Choice choice => choice.Alternatives.SelectMany(References),
        EbnfNode.Repeat repeat => References(repeat.Item),
        EbnfNode.Optional optional => References(optional.Item),
        _ => [],
    };
}
