using System.Collections.Immutable;
using Runbook.Engine.Diagnostics;
using Runbook.Engine.Text;

namespace Runbook.Engine.Syntax;

/// <summary>A parsed file: its text, its lossless tree, and the lexical and syntax diagnostics.</summary>
public sealed class SyntaxTree
{
    private SyntaxTree(SourceText text, CompilationUnitSyntax root, ImmutableArray<Diagnostic> diagnostics)
    {
        Text = text;
        Root = root;
        Diagnostics = diagnostics;
    }

    /// <summary>The file's text.</summary>
    public SourceText Text { get; }

    /// <summary>The root of the tree; its full text equals <see cref="Text"/> exactly.</summary>
    public CompilationUnitSyntax Root { get; }

    /// <summary>Lexical and syntax diagnostics (RB1xxx), in source order.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    /// <summary>Parses a text. Never throws: any input gives a tree and diagnostics.</summary>
    public static SyntaxTree Parse(SourceText text)
    {
        var diagnostics = new DiagnosticBag();
        var tokens = Lexer.LexToBuffer(text, diagnostics);
        var root = new Parser(text, tokens, diagnostics).ParseCompilationUnit();
        return new SyntaxTree(text, root, diagnostics.ToImmutableSorted());
    }

    /// <summary>Parses a string, naming it <paramref name="path"/> in diagnostics.</summary>
    public static SyntaxTree Parse(string text, string path = "<memory>") => Parse(SourceText.From(text, path));
}
