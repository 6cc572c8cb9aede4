namespace Runbook.Engine.Tests.Syntax.Ebnf;

/// <summary>A piece of an EBNF rule.</summary>
internal abstract record EbnfNode
{
    /// <summary>Text in quotes: a keyword or punctuation token.</summary>
    public sealed record Literal(string Text) : EbnfNode;

    /// <summary>A rule name, or a token class written in capitals.</summary>
    public sealed record Reference(string Name) : EbnfNode;

    /// <summary>Items one after another.</summary>
    public sealed record Sequence(List<EbnfNode> Items) : EbnfNode;

    /// <summary>Alternatives separated by '|'.</summary>
    public sealed record Choice(List<EbnfNode> Alternatives) : EbnfNode;

    /// <summary><c>{ ... }</c>: zero or more times.</summary>
    public sealed record Repeat(EbnfNode Item) : EbnfNode;

    /// <summary><c>[ ... ]</c>: zero or one time.</summary>
    public sealed record Optional(EbnfNode Item) : EbnfNode;
}
