using Microsoft.Data.Sqlite;
using Runbook.Emulator.Storage;

namespace Runbook.Emulator.Salesforce;

/// <summary>Reads and writes Bulk API 2.0 jobs and their uploaded rows.</summary>
internal static class BulkJobStore
{
    public static BulkJob? Find(SqliteConnection connection, OrgRecord org, string id)
    {
        if (!SalesforceId.TryParse(id, out var parsed)
            || parsed.KeyPrefix != KeyPrefixes.BulkJob
            || parsed.OrgCode != org.IdCode)
        {
            return null;
        }

        using var command = connection.Command(
            $"SELECT {BulkJob.Columns} FROM bulk_jobs WHERE seq = $seq AND org_no = $org",
            ("$seq", parsed.Sequence),
            ("$org", org.OrgNo));
        return Read(command).FirstOrDefault();
    }

    public static List<BulkJob> All(SqliteConnection connection, int orgNo)
    {
        using var command = connection.Command(
            $"SELECT {BulkJob.Columns} FROM bulk_jobs WHERE org_no = $org ORDER BY seq",
            ("$org", orgNo));
        return Read(command);
    }

    public static List<BulkJob> All(SqliteConnection connection)
    {
        using var command = connection.Command($"SELECT {BulkJob.Columns} FROM bulk_jobs ORDER BY seq");
        return Read(command);
    }

    public static long Create(
        SqliteConnection connection,
        int orgNo,
        string objectName,
        string operation,
        string apiVersion,
        string lineEnding,
        long duration,
        long now) =>
        connection.ScalarLong(
            """
            INSERT INTO bulk_jobs (org_no, object, operation, state, api_version, line_ending, column_delimiter,
                                   created, modified, duration)
            VALUES ($org, $object, $operation, 'Open', $version, $lineEnding, 'COMMA', $now, $now, $duration)
            RETURNING seq
            """,
            ("$org", orgNo),
            ("$object", objectName),
            ("$operation", operation),
            ("$version", apiVersion),
            ("$lineEnding", lineEnding),
            ("$now", now),
            ("$duration", duration));

    private static List<BulkJob> Read(SqliteCommand command)
    {
        var jobs = new List<BulkJob>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            jobs.Add(new BulkJob(
                reader.GetInt64(0),
                reader.GetInt32(1),
                reader.GetString(2),
                reader.GetString(3),
                reader.GetString(4),
                reader.GetString(5),
                reader.GetString(6),
                reader.GetString(7),
                reader.GetInt64(8),
                reader.GetInt64(9),
                reader.NullableLong(10),
                reader.GetInt64(11),
                reader.GetInt64(12) != 0,
                reader.NullableString(13),
                reader.GetInt64(14),
                reader.GetInt64(15),
                reader.NullableString(16)));
        }

        return jobs;
    }
}
