using System.Globalization;
using System.Text;

namespace Runbook.ApiCost;

/// <summary>A Markdown table built row by row; numbers are formatted with thousands separators.</summary>
internal sealed class MarkdownTable(params string[] headers)
{
    private readonly List<string[]> _rows = [];

    public void Add(params object[] cells) =>
        _rows.Add([.. cells.Select(Format)]);

    public override string ToString()
    {
        var text = new StringBuilder();
        text.AppendLine("| " + string.Join(" | ", headers) + " |");
        text.AppendLine("|" + string.Concat(headers.Select(_ => " ---: |")));
        foreach (var row in _rows)
        {
            text.AppendLine("| " + string.Join(" | ", row) + " |");
        }

        return text.ToString();
    }

    public static string Format(object cell) => cell switch
    {
        long number => number.ToString("N0", CultureInfo.InvariantCulture),
        int number => number.ToString("N0", CultureInfo.InvariantCulture),
        double number => number.ToString("0.00", CultureInfo.InvariantCulture),
        TimeSpan time => time.TotalSeconds.ToString("0.000", CultureInfo.InvariantCulture) + " s",
        _ => cell.ToString() ?? "",
    };
}
