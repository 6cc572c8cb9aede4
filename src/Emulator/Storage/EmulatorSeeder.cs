using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Runbook.Emulator.Hosting;
using Runbook.Emulator.Salesforce;

namespace Runbook.Emulator.Storage;

/// <summary>
/// Creates the emulated world on first start, and again only when the scenario or record count asked for differs
/// from what the state directory holds. Seeding is one transaction of prepared inserts, so a million records per org
/// take seconds and a crash half way leaves the directory unseeded rather than half seeded.
/// </summary>
internal sealed class EmulatorSeeder(EmulatorDatabase database, EmulatorOptions options, ILogger<EmulatorSeeder> logger)
{
    private static readonly (string Name, string IntacctId)[] ArTerms =
        [("Net 15", "N15"), ("Net 30", "N30"), ("Net 45", "N45"), ("Due on receipt", "DOR")];

    private static readonly (string Name, string IntacctId)[] Locations =
        [("Headquarters", "100"), ("London", "200"), ("Berlin", "300")];

    public void EnsureSeeded()
    {
        var scenario = EmulatorScenario.Get(options.Scenario);
        var wanted = $"schema={EmulatorSchema.Version};scenario={scenario.Name};records={options.Records}";

        using (var connection = database.Open())
        {
            // WAL lets readers in this and other processes carry on while a request writes.
            connection.Execute("PRAGMA journal_mode = WAL");
        }

        var stopwatch = Stopwatch.StartNew();
        var previous = database.Write(connection =>
        {
            connection.Execute("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)");
            var current = connection.ScalarString("SELECT value FROM meta WHERE key = 'seed'");
            if (current == wanted)
            {
                return current;
            }

            if (current is not null)
            {
                EmulatorLog.Reseeding(logger, database.FilePath, current, wanted);
            }

            EmulatorSchema.DropAll(connection);
            EmulatorSchema.Create(connection);
            Seed(connection, scenario, options.Records, options.TimeProvider.GetUtcNow().ToUnixTimeMilliseconds());
            connection.Execute(
                "INSERT INTO meta (key, value) VALUES ('seed', $seed), ('scenario', $scenario), ('records', $records)",
                ("$seed", wanted),
                ("$scenario", scenario.Name),
                ("$records", options.Records.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            return null;
        });

        // Seeding writes the whole log at once; copy it into the file before the first request, not during one.
        database.Checkpoint();

        if (previous == wanted)
        {
            EmulatorLog.StateReused(logger, database.FilePath, scenario.Name, options.Records);
        }
        else
        {
            EmulatorLog.StateSeeded(
                logger,
                database.FilePath,
                scenario.Name,
                options.Records,
                stopwatch.ElapsedMilliseconds);
        }
    }

    private static void Seed(SqliteConnection connection, EmulatorScenario scenario, int records, long now)
    {
        var sizes = SeedSizes.For(records);
        // A sandbox user is the production user plus "." and the sandbox name, and logs in at the test host.
        InsertOrg(connection, 1, EmulatorScenario.ProductionOrgKey, "4P", false, "NA224", "admin@example.com", now);
        InsertOrg(connection, 2, EmulatorScenario.SandboxOrgKey, "4U", true, "CS42", "admin@example.com.uat", now);

        var companies = scenario.Companies.ToDictionary(c => c.CompanyId);
        SeedRecords(connection, 1, sizes, scenario.LinksByOrgKey[EmulatorScenario.ProductionOrgKey], companies, now);
        SeedRecords(connection, 2, sizes, scenario.LinksByOrgKey[EmulatorScenario.SandboxOrgKey], companies, now);

        SeedSandbox(connection, now);
        foreach (var company in scenario.Companies)
        {
            connection.Execute(
                """
                INSERT INTO intacct_companies (company_id, name, is_sandbox, user_id)
                VALUES ($id, $name, $sandbox, 'admin')
                """,
                ("$id", company.CompanyId),
                ("$name", company.Name),
                ("$sandbox", company.IsSandbox ? 1 : 0));
        }
    }

    private static void InsertOrg(
        SqliteConnection connection,
        int orgNo,
        string key,
        string code,
        bool isSandbox,
        string instance,
        string username,
        long now)
    {
        connection.Execute(
            """
            INSERT INTO orgs (org_no, org_key, org_id, id_code, name, is_sandbox, organization_type, instance_name,
                              username, login_host, user_id, hard_delete, created)
            VALUES ($no, $key, $id, $code, 'Acme Corporation', $sandbox, 'Enterprise Edition', $instance,
                    $username, $host, $user, 0, $now)
            """,
            ("$no", orgNo),
            ("$key", key),
            ("$id", SalesforceId.Format(KeyPrefixes.Organization, code, orgNo)),
            ("$code", code),
            ("$sandbox", isSandbox ? 1 : 0),
            ("$instance", instance),
            ("$username", username),
            ("$host", isSandbox ? OAuthEndpoints.SandboxHost : OAuthEndpoints.ProductionHost),
            ("$user", SalesforceId.Format(KeyPrefixes.User, code, 1)),
            ("$now", now));
    }

    private static void SeedRecords(
        SqliteConnection connection,
        int orgNo,
        SeedSizes sizes,
        IReadOnlyList<string> linkedCompanies,
        Dictionary<string, IntacctCompanySeed> companies,
        long now)
    {
        var created = now - TimeSpan.FromDays(30).Ticks / TimeSpan.TicksPerMillisecond;
        using var insert = connection.Command(
            """
            INSERT INTO records (org_no, object_no, name, intacct_id, sync_status, account_seq, company_id, created,
                                 modified)
            VALUES ($org, $object, $name, $intacct, $sync, $account, $company, $created, $created)
            """,
            ("$org", orgNo),
            ("$object", 0),
            ("$name", null),
            ("$intacct", null),
            ("$sync", "Synced"),
            ("$account", null),
            ("$company", null),
            ("$created", created));
        insert.Prepare();

        void Add(RecordObject type, string name, string? intacctId, long? accountSeq, string? companyId)
        {
            insert.Parameters["$object"].Value = type.Number;
            insert.Parameters["$name"].Value = name;
            insert.Parameters["$intacct"].Value = (object?)intacctId ?? DBNull.Value;
            insert.Parameters["$account"].Value = (object?)accountSeq ?? DBNull.Value;
            insert.Parameters["$company"].Value = (object?)companyId ?? DBNull.Value;
            insert.ExecuteNonQuery();
        }

        // Rows are appended in (org, object, seq) order, which is the index's order: inserts never split pages.
        var firstAccount = connection.ScalarLong("SELECT COALESCE(MAX(seq), 0) FROM records") + 1;
        for (var i = 1; i <= sizes.Customers; i++)
        {
            Add(RecordObjects.Account, $"Acme Customer {i:D4}", SeedSizes.CustomerId(i), null, null);
        }

        for (var i = 1; i <= sizes.Invoices; i++)
        {
            var number = SeedSizes.InvoiceNumber(i);
            Add(RecordObjects.SalesInvoice, number, number, firstAccount + (i - 1) % sizes.Customers, null);
        }

        for (var i = 1; i <= sizes.Contracts; i++)
        {
            var number = SeedSizes.ContractNumber(i);
            Add(RecordObjects.Contract, number, number, firstAccount + (i - 1) % sizes.Customers, null);
        }

        foreach (var (name, intacctId) in ArTerms)
        {
            Add(RecordObjects.ArTerm, name, intacctId, null, null);
        }

        foreach (var (name, intacctId) in Locations)
        {
            Add(RecordObjects.Location, name, intacctId, null, null);
        }

        foreach (var companyId in linkedCompanies)
        {
            Add(RecordObjects.IntacctEntity, companies[companyId].Name, null, null, companyId);
        }
    }

    private static void SeedSandbox(SqliteConnection connection, long now)
    {
        // The uat sandbox was created long ago and last refreshed 40 days ago, so it can be refreshed today.
        var day = TimeSpan.FromDays(1).Ticks / TimeSpan.TicksPerMillisecond;
        connection.Execute(
            """
            INSERT INTO sandbox_info (seq, org_no, sandbox_org_no, sandbox_name, license_type, auto_activate,
                                      description, history_days, copy_chatter, created, modified)
            VALUES (1, 1, 2, 'uat', 'DEVELOPER_PRO', 1, 'User acceptance testing', 0, 0, $created, $refreshed)
            """,
            ("$created", now - 400 * day),
            ("$refreshed", now - 40 * day));
        connection.Execute(
            """
            INSERT INTO sandbox_process (seq, sandbox_info_seq, org_no, sandbox_org_no, sandbox_name, license_type,
                                         auto_activate, description, created, duration)
            VALUES (1, 1, 1, 2, 'uat', 'DEVELOPER_PRO', 1, 'User acceptance testing', $refreshed, $duration)
            """,
            ("$refreshed", now - 40 * day),
            ("$duration", day / 24));
    }
}
