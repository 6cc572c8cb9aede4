namespace Runbook.Engine.Syntax;

/// <summary>
/// A whole runbook file: its one declaration, anything the parser could not place around it, and the end of file.
/// </summary>
public sealed class CompilationUnitSyntax : SyntaxNode
{
    /// <summary>Creates the node from its parts.</summary>
    public CompilationUnitSyntax(
        SkippedTokensSyntax? leadingSkipped,
        RunbookDeclarationSyntax runbook,
        SkippedTokensSyntax? trailingSkipped,
        SyntaxToken endOfFile)
    {
        LeadingSkipped = leadingSkipped;
        Runbook = runbook;
        TrailingSkipped = trailingSkipped;
        EndOfFile = endOfFile;
    }

    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.CompilationUnitSyntax;

    /// <summary>Tokens before the <c>runbook</c> keyword that belong to nothing.</summary>
    public SkippedTokensSyntax? LeadingSkipped { get; }

    /// <summary>The runbook declaration.</summary>
    public RunbookDeclarationSyntax Runbook { get; }

    /// <summary>Tokens after the declaration's closing brace.</summary>
    public SkippedTokensSyntax? TrailingSkipped { get; }

    /// <summary>The end-of-file token, which holds the trivia at the end of the file.</summary>
    public SyntaxToken EndOfFile { get; }

    internal override int SlotCount => 4;

    internal override SyntaxElement? GetSlot(int index) => index switch
    {
        0 => LeadingSkipped,
        1 => Runbook,
        2 => TrailingSkipped,
        3 => EndOfFile,
        _ => throw new ArgumentOutOfRangeException(nameof(index)),
    };
}
