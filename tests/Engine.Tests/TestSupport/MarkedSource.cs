using Runbook.Engine.Text;

namespace Runbook.Engine.Tests.TestSupport;

/// <summary>
/// Source text with the expected span of a diagnostic marked as <c>[|...|]</c>, so a test states the exact
/// characters a diagnostic must point at. <c>[||]</c> marks an empty span.
/// </summary>
internal sealed record MarkedSource(string Text, TextSpan Span)
{
    public static MarkedSource Parse(string marked)
    {
        var start = marked.IndexOf("[|", StringComparison.Ordinal);
        var end = marked.IndexOf("|]", StringComparison.Ordinal);
        if (start < 0 || end < start)
        {
            throw new ArgumentException("The source must mark the expected span with [| and |].", nameof(marked));
        }

        var text = marked.Remove(end, 2).Remove(start, 2);
        return new MarkedSource(text, TextSpan.FromBounds(start, end - 2));
    }
}
