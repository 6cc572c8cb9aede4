using Microsoft.Data.Sqlite;

namespace Runbook.Emulator.Storage;

/// <summary>
/// Tables of the state file. Times are Unix milliseconds. Salesforce data records live in one narrow table keyed by
/// a sequence number that is also encoded in their ids, so a million rows per org stay small and need no id index.
/// </summary>
internal static class EmulatorSchema
{
    /// <summary>Bumped when the tables change, so an older state directory is reseeded rather than misread.</summary>
    public const int Version = 1;

    private static readonly string[] Tables =
    [
        "meta", "orgs", "records", "sessions", "api_usage", "query_cursors", "sandbox_info", "sandbox_process",
        "bulk_jobs", "bulk_rows", "intacct_companies", "intacct_sessions", "intacct_cursors", "intacct_control_ids",
    ];

    private const string CreateSql = """
        CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS orgs (
            org_no INTEGER PRIMARY KEY, org_key TEXT NOT NULL UNIQUE, org_id TEXT NOT NULL, id_code TEXT NOT NULL,
            name TEXT NOT NULL, is_sandbox INTEGER NOT NULL, organization_type TEXT NOT NULL,
            instance_name TEXT NOT NULL, username TEXT NOT NULL, login_host TEXT NOT NULL, user_id TEXT NOT NULL,
            hard_delete INTEGER NOT NULL DEFAULT 0, created INTEGER NOT NULL);
        CREATE TABLE IF NOT EXISTS records (
            seq INTEGER PRIMARY KEY, org_no INTEGER NOT NULL, object_no INTEGER NOT NULL,
            deleted INTEGER NOT NULL DEFAULT 0, name TEXT, intacct_id TEXT, sync_status TEXT,
            account_seq INTEGER, company_id TEXT, created INTEGER NOT NULL, modified INTEGER NOT NULL);
        CREATE INDEX IF NOT EXISTS records_by_object ON records (org_no, object_no, deleted, seq);
        CREATE TABLE IF NOT EXISTS sessions (
            token TEXT PRIMARY KEY, kind TEXT NOT NULL, org_no INTEGER NOT NULL, issued INTEGER NOT NULL);
        CREATE TABLE IF NOT EXISTS api_usage (
            org_no INTEGER NOT NULL, minute INTEGER NOT NULL, calls INTEGER NOT NULL, PRIMARY KEY (org_no, minute));
        CREATE TABLE IF NOT EXISTS query_cursors (
            seq INTEGER PRIMARY KEY, org_no INTEGER NOT NULL, tooling INTEGER NOT NULL, soql TEXT NOT NULL,
            include_deleted INTEGER NOT NULL, total INTEGER NOT NULL, page_size INTEGER NOT NULL,
            served INTEGER NOT NULL, last_key INTEGER, as_of INTEGER NOT NULL);
        CREATE TABLE IF NOT EXISTS sandbox_info (
            seq INTEGER PRIMARY KEY, org_no INTEGER NOT NULL, sandbox_org_no INTEGER NOT NULL,
            sandbox_name TEXT NOT NULL, license_type TEXT NOT NULL, auto_activate INTEGER NOT NULL,
            description TEXT, history_days INTEGER NOT NULL, copy_chatter INTEGER NOT NULL, apex_class_id TEXT,
            activation_user_group_id TEXT, created INTEGER NOT NULL, modified INTEGER NOT NULL);
        CREATE TABLE IF NOT EXISTS sandbox_process (
            seq INTEGER PRIMARY KEY, sandbox_info_seq INTEGER NOT NULL, org_no INTEGER NOT NULL,
            sandbox_org_no INTEGER NOT NULL, sandbox_name TEXT NOT NULL, license_type TEXT NOT NULL,
            auto_activate INTEGER NOT NULL, description TEXT, created INTEGER NOT NULL, duration INTEGER NOT NULL);
        CREATE TABLE IF NOT EXISTS bulk_jobs (
            seq INTEGER PRIMARY KEY, org_no INTEGER NOT NULL, object TEXT NOT NULL, operation TEXT NOT NULL,
            state TEXT NOT NULL, api_version TEXT NOT NULL, line_ending TEXT NOT NULL,
            column_delimiter TEXT NOT NULL, created INTEGER NOT NULL, modified INTEGER NOT NULL,
            upload_complete INTEGER, duration INTEGER NOT NULL, uploaded INTEGER NOT NULL DEFAULT 0,
            header TEXT, processed INTEGER NOT NULL DEFAULT 0, failed INTEGER NOT NULL DEFAULT 0,
            error_message TEXT);
        CREATE TABLE IF NOT EXISTS bulk_rows (
            job_seq INTEGER NOT NULL, row_no INTEGER NOT NULL, record_id TEXT NOT NULL, line TEXT NOT NULL,
            error TEXT, PRIMARY KEY (job_seq, row_no)) WITHOUT ROWID;
        CREATE TABLE IF NOT EXISTS intacct_companies (
            company_id TEXT PRIMARY KEY, name TEXT NOT NULL, is_sandbox INTEGER NOT NULL, user_id TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS intacct_sessions (
            session_id TEXT PRIMARY KEY, company_id TEXT NOT NULL, user_id TEXT NOT NULL,
            expires INTEGER NOT NULL);
        CREATE TABLE IF NOT EXISTS intacct_cursors (
            result_id TEXT PRIMARY KEY, company_id TEXT NOT NULL, object TEXT NOT NULL, fields TEXT NOT NULL,
            query TEXT NOT NULL, page_size INTEGER NOT NULL, next_index INTEGER NOT NULL,
            returned INTEGER NOT NULL, total INTEGER NOT NULL, created INTEGER NOT NULL);
        CREATE TABLE IF NOT EXISTS intacct_control_ids (
            sender_id TEXT NOT NULL, control_id TEXT NOT NULL, PRIMARY KEY (sender_id, control_id));
        """;

    public static void Create(SqliteConnection connection) => connection.Execute(CreateSql);

    public static void DropAll(SqliteConnection connection)
    {
        foreach (var table in Tables)
        {
            connection.Execute($"DROP TABLE IF EXISTS {table}");
        }
    }
}
