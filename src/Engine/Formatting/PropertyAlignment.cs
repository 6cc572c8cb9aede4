using Runbook.Engine.Syntax;

namespace Runbook.Engine.Formatting;

/// <summary>
/// Finds runs of properties on consecutive lines (no blank line between them, each on one line once formatted)
/// and the padding that aligns their '=' signs.
/// </summary>
internal static class PropertyAlignment
{
    public static Dictionary<MemberSyntax, int> Compute(
        IReadOnlyList<MemberSyntax> members,
        Func<PropertySyntax, bool> isSingleLine)
    {
        var padding = new Dictionary<MemberSyntax, int>();
        var run = new List<PropertySyntax>();

        foreach (var member in members)
        {
            var continuesRun = member is PropertySyntax property
                && run.Count > 0
                && isSingleLine(run[^1])
                && isSingleLine(property)
                && !HasBlankLineBefore(property.Name);
            if (!continuesRun)
            {
                Close(run, padding);
            }

            if (member is PropertySyntax next)
            {
                run.Add(next);
            }
        }

        Close(run, padding);
        return padding;
    }

    private static void Close(List<PropertySyntax> run, Dictionary<MemberSyntax, int> padding)
    {
        if (run.Count > 1)
        {
            var width = run.Max(property => property.Name.Text.Length);
            foreach (var property in run)
            {
                padding[property] = width - property.Name.Text.Length;
            }
        }

        run.Clear();
    }

    private static bool HasBlankLineBefore(SyntaxToken token)
        => token.LeadingTrivia.Count(trivia => trivia.Kind == SyntaxKind.EndOfLineTrivia) >= 1;
}
