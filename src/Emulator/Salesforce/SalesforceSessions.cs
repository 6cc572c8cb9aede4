using System.Security.Cryptography;
using Microsoft.Data.Sqlite;
using Runbook.Emulator.Storage;

namespace Runbook.Emulator.Salesforce;

/// <summary>
/// OAuth access and refresh tokens, stored so that a token issued by one emulator process works in the next. A
/// token is also void once a sandbox refresh of its org has completed after it was issued: the completion time is
/// computed from the refresh's timestamps, so no process has to be running when the refresh finishes.
/// </summary>
internal static class SalesforceSessions
{
    public const string AccessKind = "access";
    public const string RefreshKind = "refresh";

    public static string Issue(SqliteConnection connection, OrgRecord org, string kind, long now)
    {
        // Real tokens are the org id, '!', then opaque text; clients sometimes read the org id off the front.
        var secret = Convert.ToBase64String(RandomNumberGenerator.GetBytes(48))
            .Replace('+', '.').Replace('/', '_').TrimEnd('=');
        var token = org.OrgId[..15] + "!" + secret;
        connection.Execute(
            "INSERT INTO sessions (token, kind, org_no, issued) VALUES ($token, $kind, $org, $now)",
            ("$token", token),
            ("$kind", kind),
            ("$org", org.OrgNo),
            ("$now", now));
        return token;
    }

    public static OrgRecord? Validate(SqliteConnection connection, string token, string kind, long now)
    {
        int orgNo;
        long issued;
        using (var command = connection.Command(
            "SELECT org_no, issued FROM sessions WHERE token = $token AND kind = $kind",
            ("$token", token),
            ("$kind", kind)))
        using (var reader = command.ExecuteReader())
        {
            if (!reader.Read())
            {
                return null;
            }

            orgNo = reader.GetInt32(0);
            issued = reader.GetInt64(1);
        }

        var org = OrgStore.Find(connection, orgNo);
        if (org is null)
        {
            return null;
        }

        return org.IsSandbox && issued < LastCompletedRefresh(connection, org.OrgNo, now) ? null : org;
    }

    public static long LastCompletedRefresh(SqliteConnection connection, int sandboxOrgNo, long now) =>
        connection.ScalarLong(
            """
            SELECT COALESCE(MAX(p.created + p.duration), 0) FROM sandbox_process p
            WHERE p.sandbox_org_no = $org AND p.auto_activate = 1 AND $now - p.created >= p.duration
            """,
            ("$org", sandboxOrgNo),
            ("$now", now));

    public static void ExpireAll(SqliteConnection connection) => connection.Execute("DELETE FROM sessions");
}
