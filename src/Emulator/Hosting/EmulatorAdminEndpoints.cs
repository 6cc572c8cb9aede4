using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Data.Sqlite;
using Runbook.Emulator.Salesforce;
using Runbook.Emulator.Storage;

namespace Runbook.Emulator.Hosting;

/// <summary>
/// Routes under /_emulator for tests and people: call statistics, a summary of the state, session expiry and the
/// hard-delete permission switch. They are never faulted, delayed or counted.
/// </summary>
internal static class EmulatorAdminEndpoints
{
    public static void Map(IEndpointRouteBuilder routes)
    {
        var admin = routes.MapGroup("/_emulator");
        admin.MapGet("/stats", (RequestStats stats) => SalesforceResults.Json(stats.ToJson()));
        admin.MapPost("/stats/reset", (RequestStats stats) =>
        {
            stats.Reset();
            return Results.NoContent();
        });
        admin.MapPost("/expire-sessions", (EmulatorDatabase database, ILogger<EmulatorServer> logger) =>
        {
            database.Write(connection =>
            {
                SalesforceSessions.ExpireAll(connection);
                connection.Execute("DELETE FROM intacct_sessions");
            });
            EmulatorLog.SessionsExpired(logger);
            return Results.NoContent();
        });
        admin.MapPost(
            "/hard-delete-permission",
            (EmulatorDatabase database, [FromQuery] string org, [FromQuery] bool enabled) =>
            {
                var changed = database.Write(connection => connection.Execute(
                    "UPDATE orgs SET hard_delete = $enabled WHERE org_key = $org",
                    ("$enabled", enabled ? 1 : 0),
                    ("$org", org)));
                return changed == 0 ? Results.NotFound() : Results.NoContent();
            });
        admin.MapGet("/state", (EmulatorDatabase database, EmulatorOptions options) =>
            SalesforceResults.Json(database.Read(connection => State(connection, options))));
    }

    private static JsonObject State(SqliteConnection connection, EmulatorOptions options)
    {
        var now = options.TimeProvider.GetUtcNow().ToUnixTimeMilliseconds();
        var orgs = OrgStore.All(connection);
        var counts = RecordCounts(connection);
        var links = new Dictionary<string, string>(StringComparer.Ordinal);

        var orgArray = new JsonArray();
        foreach (var org in orgs)
        {
            var live = new JsonObject();
            var deleted = new JsonObject();
            foreach (var type in RecordObjects.All)
            {
                live[type.Name] = counts.GetValueOrDefault((org.OrgNo, type.Number, 0));
                deleted[type.Name] = counts.GetValueOrDefault((org.OrgNo, type.Number, 1))
                    + counts.GetValueOrDefault((org.OrgNo, type.Number, 2));
            }

            var linked = new JsonArray();
            using (var command = connection.Command(
                """
                SELECT company_id FROM records
                WHERE org_no = $org AND object_no = $object AND deleted = 0 ORDER BY seq
                """,
                ("$org", org.OrgNo),
                ("$object", RecordObjects.IntacctEntity.Number)))
            using (var reader = command.ExecuteReader())
            {
                while (reader.Read())
                {
                    var companyId = reader.NullableString(0) ?? "";
                    linked.Add(companyId);
                    links.TryAdd(companyId, org.Key);
                }
            }

            orgArray.Add(new JsonObject
            {
                ["key"] = org.Key,
                ["id"] = org.OrgId,
                ["name"] = org.Name,
                ["isSandbox"] = org.IsSandbox,
                ["username"] = org.Username,
                ["loginHost"] = org.LoginHost,
                ["hardDeletePermission"] = org.HardDeletePermission,
                ["apiUsage"] = ApiUsage.Used(connection, org.OrgNo, now),
                ["records"] = live,
                ["deletedRecords"] = deleted,
                ["linkedCompanies"] = linked,
            });
        }

        return new JsonObject
        {
            ["scenario"] = connection.ScalarString("SELECT value FROM meta WHERE key = 'scenario'"),
            ["records"] = connection.ScalarLong("SELECT value FROM meta WHERE key = 'records'"),
            ["orgs"] = orgArray,
            ["sandboxes"] = Sandboxes(connection, orgs, now),
            ["bulkJobs"] = BulkJobs(connection, orgs, now),
            ["intacctCompanies"] = Companies(connection, links),
        };
    }

    private static Dictionary<(int Org, int Object, int Deleted), long> RecordCounts(SqliteConnection connection)
    {
        var counts = new Dictionary<(int, int, int), long>();
        using var command = connection.Command(
            "SELECT org_no, object_no, deleted, COUNT(*) FROM records GROUP BY org_no, object_no, deleted");
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            counts[(reader.GetInt32(0), reader.GetInt32(1), reader.GetInt32(2))] = reader.GetInt64(3);
        }

        return counts;
    }

    private static JsonArray Sandboxes(SqliteConnection connection, IReadOnlyList<OrgRecord> orgs, long now)
    {
        var sandboxes = new JsonArray();
        using var infos = connection.Command(
            "SELECT seq, org_no, sandbox_org_no, sandbox_name, license_type FROM sandbox_info ORDER BY seq");
        using var reader = infos.ExecuteReader();
        while (reader.Read())
        {
            var source = orgs.First(o => o.OrgNo == reader.GetInt32(1));
            var processes = new JsonArray();
            using (var command = connection.Command(
                $"""
                SELECT p.seq, {SandboxProcessSql.Status}, {SandboxProcessSql.CopyProgress}, p.created,
                       {SandboxProcessSql.EndDate}, p.license_type
                FROM sandbox_process p WHERE p.sandbox_info_seq = $info ORDER BY p.created, p.seq
                """,
                ("$info", reader.GetInt64(0)),
                ("$now", now)))
            using (var process = command.ExecuteReader())
            {
                while (process.Read())
                {
                    processes.Add(new JsonObject
                    {
                        ["id"] = SalesforceId.Format(KeyPrefixes.SandboxProcess, source.IdCode, process.GetInt64(0)),
                        ["status"] = process.GetString(1),
                        ["copyProgress"] = process.GetInt64(2),
                        ["createdDate"] = SalesforceTime.DateTime(process.GetInt64(3)),
                        ["endDate"] = process.NullableLong(4) is { } end ? SalesforceTime.DateTime(end) : null,
                        ["licenseType"] = process.GetString(5),
                    });
                }
            }

            sandboxes.Add(new JsonObject
            {
                ["id"] = SalesforceId.Format(KeyPrefixes.SandboxInfo, source.IdCode, reader.GetInt64(0)),
                ["name"] = reader.GetString(3),
                ["sourceOrg"] = source.Key,
                ["sandboxOrg"] = orgs.First(o => o.OrgNo == reader.GetInt32(2)).Key,
                ["licenseType"] = reader.GetString(4),
                ["lastRefreshStarted"] = processes.Count == 0 ? null : processes[^1]!["createdDate"]!.DeepClone(),
                ["processes"] = processes,
            });
        }

        return sandboxes;
    }

    private static JsonArray BulkJobs(SqliteConnection connection, IReadOnlyList<OrgRecord> orgs, long now)
    {
        var jobs = new JsonArray();
        foreach (var job in BulkJobStore.All(connection))
        {
            var org = orgs.First(o => o.OrgNo == job.OrgNo);
            jobs.Add(new JsonObject
            {
                ["id"] = job.Id(org),
                ["org"] = org.Key,
                ["object"] = job.Object,
                ["operation"] = job.Operation,
                ["state"] = job.State(now),
                ["processed"] = job.Processed,
                ["failed"] = job.Failed,
            });
        }

        return jobs;
    }

    private static JsonArray Companies(SqliteConnection connection, Dictionary<string, string> links)
    {
        var companies = new JsonArray();
        using var command = connection.Command(
            "SELECT company_id, name, is_sandbox, user_id FROM intacct_companies ORDER BY company_id");
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var companyId = reader.GetString(0);
            companies.Add(new JsonObject
            {
                ["companyId"] = companyId,
                ["name"] = reader.GetString(1),
                ["type"] = reader.GetInt64(2) != 0 ? "sandbox" : "production",
                ["userId"] = reader.GetString(3),
                ["linkedOrg"] = links.GetValueOrDefault(companyId),
            });
        }

        return companies;
    }
}
