namespace Runbook.Engine.Text;

/// <summary>A range of characters in a source text, by absolute offset.</summary>
public readonly record struct TextSpan(int Start, int Length)
{
    /// <summary>The offset just past the last character of the span.</summary>
    public int End => Start + Length;

    /// <summary>Creates the span that starts at <paramref name="start"/> and ends at <paramref name="end"/>.</summary>
    public static TextSpan FromBounds(int start, int end) => new(start, end - start);

    /// <summary>True when <paramref name="position"/> lies inside the span or at its end.</summary>
    public bool ContainsOrTouches(int position) => position >= Start && position <= End;

    /// <summary>True when the two spans share at least one character, or are empty at the same point.</summary>
    public bool OverlapsWith(TextSpan other) =>
        Length == 0 || other.Length == 0
            ? Start >= other.Start && Start <= other.End || other.Start >= Start && other.Start <= End
            : Start < other.End && other.Start < End;

    /// <inheritdoc />
    public override string ToString() => $"[{Start}..{End})";
}
