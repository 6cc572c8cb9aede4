namespace Runbook.Engine.Text;

/// <summary>A range of characters in a source text, by absolute offset.</summary>
public readonly record struct TextSpan(int Start, int Length)
{
    /// <summary>The offset just past the last character of the span.</summary>
    public int End => Start + Length;

    /// <summary>Creates the span that starts at <paramref name="start"/> and ends at <paramref name="end"/>.</summary>
    public static TextSpan FromBounds(int start, int end) => new(start, end - start);

    /// <inheritdoc />
    public override string ToString() => $"[{Start}..{End})";
}
