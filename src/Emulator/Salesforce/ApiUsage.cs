using Microsoft.Data.Sqlite;
using Runbook.Emulator.Storage;

namespace Runbook.Emulator.Salesforce;

/// <summary>
/// The org's rolling 24-hour API call count, kept per minute so that it rolls off as on Salesforce and survives a
/// restart of the emulator.
/// </summary>
internal static class ApiUsage
{
    private const long MinutesPerDay = 24 * 60;

    /// <summary>Counts one call and returns the calls in the last 24 hours, this one included.</summary>
    public static long Count(SqliteConnection connection, int orgNo, long now)
    {
        var minute = now / 60_000;
        connection.Execute(
            """
            INSERT INTO api_usage (org_no, minute, calls) VALUES ($org, $minute, 1)
            ON CONFLICT (org_no, minute) DO UPDATE SET calls = calls + 1;
            DELETE FROM api_usage WHERE org_no = $org AND minute <= $minute - $day;
            """,
            ("$org", orgNo),
            ("$minute", minute),
            ("$day", MinutesPerDay));
        return Used(connection, orgNo, now);
    }

    public static long Used(SqliteConnection connection, int orgNo, long now) =>
        connection.ScalarLong(
            "SELECT COALESCE(SUM(calls), 0) FROM api_usage WHERE org_no = $org AND minute > $minute - $day",
            ("$org", orgNo),
            ("$minute", now / 60_000),
            ("$day", MinutesPerDay));
}
