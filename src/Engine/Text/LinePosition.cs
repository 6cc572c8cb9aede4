namespace Runbook.Engine.Text;

/// <summary>A zero-based line and character offset, as editors and LSP count them.</summary>
public readonly record struct LinePosition(int Line, int Character)
{
    /// <summary>The one-based line number that compilers print.</summary>
    public int DisplayLine => Line + 1;

    /// <summary>The one-based column number that compilers print.</summary>
    public int DisplayColumn => Character + 1;
}
