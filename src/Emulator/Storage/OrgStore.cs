using Microsoft.Data.Sqlite;

namespace Runbook.Emulator.Storage;

/// <summary>Reads the seeded orgs; there are only two, so every lookup is a plain query.</summary>
internal static class OrgStore
{
    private const string Columns = """
        org_no, org_key, org_id, id_code, name, is_sandbox, organization_type, instance_name, username,
        login_host, user_id, hard_delete
        """;

    public static IReadOnlyList<OrgRecord> All(SqliteConnection connection)
    {
        using var command = connection.Command($"SELECT {Columns} FROM orgs ORDER BY org_no");
        return ReadAll(command);
    }

    public static OrgRecord? Find(SqliteConnection connection, int orgNo)
    {
        using var command = connection.Command($"SELECT {Columns} FROM orgs WHERE org_no = $org", ("$org", orgNo));
        return ReadAll(command).FirstOrDefault();
    }

    public static OrgRecord? FindByLogin(SqliteConnection connection, string username, string loginHost)
    {
        using var command = connection.Command(
            $"SELECT {Columns} FROM orgs WHERE username = $user AND login_host = $host",
            ("$user", username),
            ("$host", loginHost));
        return ReadAll(command).FirstOrDefault();
    }

    private static List<OrgRecord> ReadAll(SqliteCommand command)
    {
        var orgs = new List<OrgRecord>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            orgs.Add(new OrgRecord(
                reader.GetInt32(0),
                reader.GetString(1),
                reader.GetString(2),
                reader.GetString(3),
                reader.GetString(4),
                reader.GetInt64(5) != 0,
                reader.GetString(6),
                reader.GetString(7),
                reader.GetString(8),
                reader.GetString(9),
                reader.GetString(10),
                reader.GetInt64(11) != 0));
        }

        return orgs;
    }
}
