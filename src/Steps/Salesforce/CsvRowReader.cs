using System.Text;

namespace Runbook.Steps.Salesforce;

/// <summary>
/// Reads RFC 4180 CSV row by row from a stream, so that a results file of any size is never held whole.
/// Quoted fields may hold commas, doubled quotes and line breaks (Salesforce error messages can contain all
/// three).
/// </summary>
internal sealed class CsvRowReader(TextReader reader)
{
    private readonly char[] _buffer = new char[16 * 1024];
    private int _position;
    private int _length;

    /// <summary>The next row, or null at the end of the input.</summary>
    public async ValueTask<IReadOnlyList<string>?> ReadRowAsync(CancellationToken cancellationToken)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var inQuotes = false;
        var quoteSeen = false;
        var anything = false;

        while (true)
        {
            if (_position == _length)
            {
                _length = await reader.ReadAsync(_buffer, cancellationToken).ConfigureAwait(false);
                _position = 0;
                if (_length == 0)
                {
                    if (!anything)
                    {
                        return null;
                    }

                    fields.Add(field.ToString());
                    return fields;
                }
            }

            var c = _buffer[_position++];
            anything = true;

            // A quote inside a quoted field either doubles (an escaped quote) or closes the field.
            if (quoteSeen)
            {
                quoteSeen = false;
                if (c == '"')
                {
                    field.Append('"');
                    inQuotes = true;
                    continue;
                }
            }

            if (inQuotes)
            {
                if (c == '"')
                {
                    inQuotes = false;
                    quoteSeen = true;
                }
                else
                {
                    field.Append(c);
                }

                continue;
            }

            switch (c)
            {
                case '"' when field.Length == 0:
                    inQuotes = true;
                    break;
                case ',':
                    fields.Add(field.ToString());
                    field.Clear();
                    break;
                case '\n':
                    fields.Add(field.ToString());
                    return fields;
                case '\r':
                    break;
                default:
                    field.Append(c);
                    break;
            }
        }
    }
}
