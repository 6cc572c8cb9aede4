using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using Runbook.Emulator.Salesforce.Soql;
using Runbook.Emulator.Storage;

namespace Runbook.Emulator.Salesforce;

/// <summary>
/// Runs SOQL against the state file one page at a time. A query with more rows than a page stores a cursor row
/// (its locator is an 01g id) holding the statement, the total and where the last page ended, so the next page can
/// be served by any emulator process without keeping results in memory.
/// </summary>
internal static class QueryEngine
{
    public const int DefaultPageSize = 2000;

    public static QueryPage Execute(
        SqliteConnection connection,
        SalesforceCall call,
        QueryScope scope,
        string soql,
        int pageSize)
    {
        var translation = SoqlTranslator.Translate(SoqlParser.Parse(soql), scope.Tooling, call.Org);
        var matching = Count(connection, translation, call, scope);
        var total = Math.Max(0, Math.Min(matching - translation.Offset, translation.Limit ?? long.MaxValue));
        if (translation.IsCount)
        {
            return QueryPage.Empty(total);
        }

        var take = (int)Math.Min(pageSize, total);
        var (records, count, lastKey) =
            Fetch(connection, translation, call, scope, afterKey: null, translation.Offset, take);
        if (count >= total || count == 0)
        {
            return new QueryPage(total, null, count, records);
        }

        connection.Execute(
            "DELETE FROM query_cursors WHERE as_of < $stale",
            ("$stale", call.Now - (long)TimeSpan.FromDays(1).TotalMilliseconds));
        var cursor = connection.ScalarLong(
            """
            INSERT INTO query_cursors (org_no, tooling, soql, include_deleted, total, page_size, served, last_key,
                                       as_of)
            VALUES ($org, $tooling, $soql, $deleted, $total, $pageSize, $served, $lastKey, $now)
            RETURNING seq
            """,
            ("$org", call.Org.OrgNo),
            ("$tooling", scope.Tooling ? 1 : 0),
            ("$soql", soql),
            ("$deleted", scope.IncludeDeleted ? 1 : 0),
            ("$total", total),
            ("$pageSize", pageSize),
            ("$served", count),
            ("$lastKey", lastKey),
            ("$now", call.Now));
        return new QueryPage(total, NextUrl(call, scope, cursor, count), count, records);
    }

    /// <summary>Serves <c>{locator}-{offset}</c> from a nextRecordsUrl.</summary>
    public static QueryPage? Continue(
        SqliteConnection connection,
        SalesforceCall call,
        QueryScope scope,
        string locator)
    {
        var dash = locator.LastIndexOf('-');
        if (dash < 0
            || !int.TryParse(locator[(dash + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var offset)
            || !SalesforceId.TryParse(locator[..dash], out var id)
            || id.KeyPrefix != KeyPrefixes.QueryLocator
            || id.OrgCode != call.Org.IdCode)
        {
            return null;
        }

        using var command = connection.Command(
            """
            SELECT soql, total, page_size, served, last_key FROM query_cursors
            WHERE seq = $seq AND org_no = $org AND tooling = $tooling AND include_deleted = $deleted
            """,
            ("$seq", id.Sequence),
            ("$org", call.Org.OrgNo),
            ("$tooling", scope.Tooling ? 1 : 0),
            ("$deleted", scope.IncludeDeleted ? 1 : 0));
        string soql;
        long total, served;
        int pageSize;
        long? lastKey;
        using (var reader = command.ExecuteReader())
        {
            if (!reader.Read())
            {
                return null;
            }

            (soql, total, pageSize) = (reader.GetString(0), reader.GetInt64(1), reader.GetInt32(2));
            (served, lastKey) = (reader.GetInt64(3), reader.NullableLong(4));
        }

        var translation = SoqlTranslator.Translate(SoqlParser.Parse(soql), scope.Tooling, call.Org);
        var take = (int)Math.Clamp(total - offset, 0, pageSize);
        var continuesLastPage = translation.UsesKeyset && lastKey is not null && offset == served;
        var (records, count, newLastKey) = continuesLastPage
            ? Fetch(connection, translation, call, scope, lastKey, 0, take)
            : Fetch(connection, translation, call, scope, null, translation.Offset + offset, take);

        var nowServed = offset + count;
        connection.Execute(
            "UPDATE query_cursors SET served = $served, last_key = $lastKey, as_of = $now WHERE seq = $seq",
            ("$served", nowServed),
            ("$lastKey", newLastKey),
            ("$now", call.Now),
            ("$seq", id.Sequence));
        var more = nowServed < total && count > 0;
        return new QueryPage(total, more ? NextUrl(call, scope, id.Sequence, nowServed) : null, count, records);
    }

    /// <summary>One record by id with all its fields, for GET .../sobjects/{type}/{id}.</summary>
    public static JsonObject? Retrieve(
        SqliteConnection connection,
        SalesforceCall call,
        SObjectDefinition type,
        string id)
    {
        var fields = string.Join(", ", type.Fields.Select(f => f.Name));
        var soql = $"SELECT {fields} FROM {type.Name} WHERE Id = '{id.Replace("'", "", StringComparison.Ordinal)}'";
        var page = Execute(connection, call, new QueryScope(type.IsTooling, false), soql, 1);
        return page.Count == 0 ? null : JsonNode.Parse(page.RecordsJson)![0]!.AsObject();
    }

    private static long Count(
        SqliteConnection connection,
        SoqlTranslation translation,
        SalesforceCall call,
        QueryScope scope)
    {
        var o = translation.Object;
        using var command = connection.Command(
            $"SELECT COUNT(*) FROM {o.FromSql} WHERE {o.BaseWhere} AND {translation.Where}");
        Bind(command, translation, call, scope);
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    private static (byte[] Records, int Count, long? LastKey) Fetch(
        SqliteConnection connection,
        SoqlTranslation translation,
        SalesforceCall call,
        QueryScope scope,
        long? afterKey,
        long skip,
        int take)
    {
        var o = translation.Object;
        var sql = new StringBuilder()
            .Append("SELECT ").Append(o.KeySql).Append(", ").Append(o.IdField?.Sql ?? "NULL");
        foreach (var field in translation.Fields)
        {
            sql.Append(", ").Append(field.Sql);
        }

        sql.Append(" FROM ").Append(o.FromSql).Append(" WHERE ").Append(o.BaseWhere)
            .Append(" AND ").Append(translation.Where);
        if (afterKey is not null)
        {
            sql.Append(" AND ").Append(o.KeySql).Append(" > $afterKey");
        }

        sql.Append(" ORDER BY ").Append(translation.OrderBy).Append(" LIMIT $take OFFSET $skip");

        using var command = connection.Command(sql.ToString(), ("$take", take), ("$skip", skip));
        if (afterKey is not null)
        {
            command.Parameters.AddWithValue("$afterKey", afterKey);
        }

        Bind(command, translation, call, scope);
        var buffer = new ArrayBufferWriter<byte>(Math.Max(take, 1) * 160);
        var count = 0;
        long? lastKey = null;
        using (var writer = new Utf8JsonWriter(buffer, SalesforceResults.WriterOptions))
        {
            var urlPrefix = $"/services/data/{call.Version}/{(scope.Tooling ? "tooling/" : "")}sobjects/{o.Name}/";
            writer.WriteStartArray();
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                lastKey = reader.GetInt64(0);
                count++;
                Render(writer, reader, translation, call, urlPrefix);
            }

            writer.WriteEndArray();
        }

        return (buffer.WrittenSpan.ToArray(), count, lastKey);
    }

    /// <summary>One record: its attributes (type and url), then the selected fields in the order asked.</summary>
    private static void Render(
        Utf8JsonWriter writer,
        SqliteDataReader reader,
        SoqlTranslation translation,
        SalesforceCall call,
        string urlPrefix)
    {
        var o = translation.Object;
        var id = o.IdField is null ? "000000000000000AAA" : (string)Value(reader, 1, o.IdField, o, call)!;
        writer.WriteStartObject();
        writer.WriteStartObject("attributes");
        writer.WriteString("type", o.Name);
        writer.WriteString("url", string.Concat(urlPrefix, id));
        writer.WriteEndObject();

        for (var i = 0; i < translation.Fields.Count; i++)
        {
            var field = translation.Fields[i];
            writer.WritePropertyName(field.Name);
            switch (Value(reader, i + 2, field, o, call))
            {
                case null:
                    writer.WriteNullValue();
                    break;
                case string text:
                    writer.WriteStringValue(text);
                    break;
                case bool flag:
                    writer.WriteBooleanValue(flag);
                    break;
                case long number:
                    writer.WriteNumberValue(number);
                    break;
                case var other:
                    throw new InvalidOperationException($"No JSON form for a {other.GetType().Name} value.");
            }
        }

        writer.WriteEndObject();
    }

    /// <summary>A field's value as JSON holds it: null, a string, a boolean or a whole number.</summary>
    private static object? Value(
        SqliteDataReader reader,
        int ordinal,
        SObjectField field,
        SObjectDefinition o,
        SalesforceCall call)
    {
        if (reader.IsDBNull(ordinal))
        {
            return null;
        }

        return field.Type switch
        {
            SoqlFieldType.Id => SalesforceId.Format(o.KeyPrefix, call.Org.IdCode, reader.GetInt64(ordinal)),
            SoqlFieldType.Reference =>
                SalesforceId.Format(field.ReferencePrefix!, call.Org.IdCode, reader.GetInt64(ordinal)),
            SoqlFieldType.Boolean => reader.GetInt64(ordinal) != 0,
            SoqlFieldType.Integer => reader.GetInt64(ordinal),
            SoqlFieldType.DateTime => SalesforceTime.DateTime(reader.GetInt64(ordinal)),
            SoqlFieldType.Date => SalesforceTime.Date(reader.GetInt64(ordinal)),
            _ => reader.GetString(ordinal),
        };
    }

    private static void Bind(SqliteCommand command, SoqlTranslation translation, SalesforceCall call, QueryScope scope)
    {
        var sql = command.CommandText;
        command.Parameters.AddWithValue("$org", call.Org.OrgNo);
        if (sql.Contains("$deletedMax", StringComparison.Ordinal))
        {
            command.Parameters.AddWithValue("$deletedMax", scope.IncludeDeleted ? 1 : 0);
        }

        if (sql.Contains("$now", StringComparison.Ordinal))
        {
            command.Parameters.AddWithValue("$now", call.Now);
        }

        foreach (var (name, value) in translation.Parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }
    }

    private static string NextUrl(SalesforceCall call, QueryScope scope, long cursor, long served) =>
        $"/services/data/{call.Version}/{scope.Resource}/"
        + $"{SalesforceId.Format(KeyPrefixes.QueryLocator, call.Org.IdCode, cursor)}-{served}";
}
