using System.Collections.Immutable;

namespace Runbook.Engine.Syntax;

/// <summary>A dotted kind name such as <c>salesforce.delete_records</c>.</summary>
public sealed class KindNameSyntax : SyntaxNode
{
    /// <summary>Creates the node from its parts.</summary>
    public KindNameSyntax(
        ImmutableArray<SyntaxToken> parts)
    {
        Parts = parts;
    }

    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.KindNameSyntax;

    /// <summary>Identifiers and the dots between them.</summary>
    public ImmutableArray<SyntaxToken> Parts { get; }

    /// <summary>The kind's name as written, without trivia, e.g. <c>salesforce.delete_records</c>.</summary>
    /// <remarks>Joined once and kept: the binder asks for it several times per declaration.</remarks>
    public string Name => _name ??= JoinParts();

    private string? _name;

    private string JoinParts()
    {
        if (Parts.Length == 1)
        {
            return Parts[0].Text;
        }

        // Every step repeats a kind such as salesforce.delete_records: join the parts on the stack and share
        // one string per kind through the text table.
        var length = 0;
        foreach (var part in Parts)
        {
            length += part.Text.Length;
        }

        Span<char> name = length <= 256 ? stackalloc char[length] : new char[length];
        var written = 0;
        foreach (var part in Parts)
        {
            part.Text.CopyTo(name[written..]);
            written += part.Text.Length;
        }

        return TextTable.Current.Get(name);
    }

    internal override int SlotCount => Parts.Length;

    internal override SyntaxElement? GetSlot(int index) => Parts[index];
}
