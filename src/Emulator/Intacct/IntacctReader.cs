using System.Globalization;
using System.Security.Cryptography;
using System.Xml.Linq;
using Microsoft.Data.Sqlite;
using Runbook.Emulator.Storage;

namespace Runbook.Emulator.Intacct;

/// <summary>
/// readByQuery and readMore. Records are generated, filtered and paged on the fly; a query that has more pages
/// leaves a cursor row (its resultId) so that readMore works in any emulator process.
/// </summary>
internal sealed class IntacctReader(SqliteConnection connection, SeedSizes sizes, IntacctSession session, long now)
{
    private const int DefaultPageSize = 100;
    private const int MaxPageSize = 1000;

    public XElement ReadByQuery(XElement function)
    {
        var objectName = function.Element("object")?.Value ?? "";
        var target = IntacctObject.Find(objectName)
            ?? throw new IntacctQueryException($"Invalid object {objectName}: the object is not supported");
        var fields = Fields(target, function.Element("fields")?.Value);
        var query = function.Element("query")?.Value ?? "";
        var pageSize = PageSize(function.Element("pagesize")?.Value);
        if ((function.Element("returnFormat")?.Value ?? "xml") != "xml")
        {
            throw new IntacctQueryException("Only the xml returnFormat is available");
        }

        var filter = IntacctFilter.Parse(query, target);
        var total = filter is null ? target.Count(sizes) : Scan(target, filter, 1, long.MaxValue).Matches.Count;
        var (matches, next) = Scan(target, filter, 1, pageSize);
        var remaining = total - matches.Count;
        var resultId = "";
        if (remaining > 0)
        {
            resultId = NewResultId();
            connection.Execute(
                """
                INSERT INTO intacct_cursors (result_id, company_id, object, fields, query, page_size, next_index,
                                             returned, total, created)
                VALUES ($id, $company, $object, $fields, $query, $pageSize, $next, $returned, $total, $now)
                """,
                ("$id", resultId),
                ("$company", session.CompanyId),
                ("$object", target.Name),
                ("$fields", string.Join(',', fields)),
                ("$query", query),
                ("$pageSize", pageSize),
                ("$next", next),
                ("$returned", matches.Count),
                ("$total", total),
                ("$now", now));
        }

        return Data(target, fields, matches, total, remaining, resultId);
    }

    public XElement ReadMore(XElement function)
    {
        var resultId = function.Element("resultId")?.Value;
        var objectName = function.Element("object")?.Value;
        const string Columns = "result_id, object, fields, query, page_size, next_index, returned, total";
        using var command = resultId is not null
            ? connection.Command(
                $"SELECT {Columns} FROM intacct_cursors WHERE result_id = $id AND company_id = $company",
                ("$id", resultId),
                ("$company", session.CompanyId))
            : connection.Command(
                $"""
                SELECT {Columns} FROM intacct_cursors WHERE object = $object AND company_id = $company
                ORDER BY created DESC LIMIT 1
                """,
                ("$object", (objectName ?? "").Trim().ToUpperInvariant()),
                ("$company", session.CompanyId));

        string id, objectField, fieldList, query;
        int pageSize;
        long next, returned, total;
        using (var reader = command.ExecuteReader())
        {
            if (!reader.Read())
            {
                throw new IntacctQueryException(
                    $"Attempt to readMore with an invalid or expired resultId {resultId ?? objectName}");
            }

            (id, objectField, fieldList, query) =
                (reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3));
            (pageSize, next, returned, total) =
                (reader.GetInt32(4), reader.GetInt64(5), reader.GetInt64(6), reader.GetInt64(7));
        }

        var target = IntacctObject.Find(objectField)!;
        var (matches, newNext) = Scan(target, IntacctFilter.Parse(query, target), next, pageSize);
        var nowReturned = returned + matches.Count;
        var remaining = matches.Count == 0 ? 0 : Math.Max(0, total - nowReturned);
        if (remaining == 0)
        {
            connection.Execute("DELETE FROM intacct_cursors WHERE result_id = $id", ("$id", id));
        }
        else
        {
            connection.Execute(
                "UPDATE intacct_cursors SET next_index = $next, returned = $returned WHERE result_id = $id",
                ("$next", newNext),
                ("$returned", nowReturned),
                ("$id", id));
        }

        return Data(target, fieldList.Split(','), matches, total, remaining, remaining == 0 ? "" : id);
    }

    private (List<long> Matches, long Next) Scan(IntacctObject target, IntacctFilter? filter, long from, long take)
    {
        var matches = new List<long>();
        var count = target.Count(sizes);
        for (var n = from; n <= count; n++)
        {
            var record = n;
            if (filter is null || filter.Matches(field => target.Value(record, sizes, field)))
            {
                matches.Add(n);
                if (matches.Count >= take)
                {
                    return (matches, n + 1);
                }
            }
        }

        return (matches, count + 1);
    }

    private XElement Data(
        IntacctObject target,
        IReadOnlyList<string> fields,
        List<long> matches,
        long total,
        long remaining,
        string resultId)
    {
        var listType = target.Name.ToLowerInvariant();
        var data = new XElement(
            "data",
            new XAttribute("listtype", listType),
            new XAttribute("count", matches.Count.ToString(CultureInfo.InvariantCulture)),
            new XAttribute("totalcount", total.ToString(CultureInfo.InvariantCulture)),
            new XAttribute("numremaining", remaining.ToString(CultureInfo.InvariantCulture)),
            new XAttribute("resultId", resultId));
        foreach (var n in matches)
        {
            data.Add(new XElement(listType, fields.Select(f => new XElement(f, target.Value(n, sizes, f)))));
        }

        return data;
    }

    private static List<string> Fields(IntacctObject target, string? requested)
    {
        if (string.IsNullOrWhiteSpace(requested) || requested.Trim() == "*")
        {
            return [.. target.Fields];
        }

        return requested.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(f => target.FindField(f) ?? throw new IntacctQueryException($"Invalid field {f} for {target.Name}"))
            .Distinct()
            .ToList();
    }

    private static int PageSize(string? text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var size) && size > 0
            ? Math.Min(size, MaxPageSize)
            : DefaultPageSize;

    private static string NewResultId() =>
        Convert.ToHexString(RandomNumberGenerator.GetBytes(16)).ToLowerInvariant();
}
