using Runbook.Emulator.Storage;

namespace Runbook.Emulator.Salesforce;

/// <summary>
/// The objects each org exposes through the REST API (data) and the Tooling API. Data records filter on
/// <c>r.deleted &lt;= $deletedMax</c>: 0 for query, 1 for queryAll (recycle bin included; hard-deleted rows are 2).
/// </summary>
internal static class SObjectCatalog
{
    public static readonly IReadOnlyList<SObjectDefinition> Data =
    [
        Record(RecordObjects.Account, IntacctId(), SyncStatus()),
        Record(RecordObjects.SalesInvoice, IntacctId(), SyncStatus(), AccountLookup()),
        Record(RecordObjects.Contract, IntacctId(), SyncStatus(), AccountLookup()),
        Record(RecordObjects.ArTerm, IntacctId()),
        Record(RecordObjects.Location, IntacctId()),
        Record(
            RecordObjects.IntacctEntity,
            new SObjectField("ia_crm__Company_ID__c", SoqlFieldType.String, "r.company_id")),
        new SObjectDefinition(
            "Organization",
            KeyPrefixes.Organization,
            "orgs o",
            "o.org_no = $org",
            "o.org_no",
            [
                new("Id", SoqlFieldType.StoredId, "o.org_id"),
                new("Name", SoqlFieldType.String, "o.name"),
                new("IsSandbox", SoqlFieldType.Boolean, "o.is_sandbox"),
                new("OrganizationType", SoqlFieldType.String, "o.organization_type"),
                new("TrialExpirationDate", SoqlFieldType.DateTime, "NULL"),
                new("InstanceName", SoqlFieldType.String, "o.instance_name"),
                new("NamespacePrefix", SoqlFieldType.String, "NULL"),
                new("LanguageLocaleKey", SoqlFieldType.String, "'en_US'"),
                new("DefaultLocaleSidKey", SoqlFieldType.String, "'en_US'"),
                new("TimeZoneSidKey", SoqlFieldType.String, "'America/Los_Angeles'"),
                new("CreatedDate", SoqlFieldType.DateTime, "o.created"),
            ]),
        new SObjectDefinition(
            "UserPermissionAccess",
            "",
            "orgs o",
            "o.org_no = $org",
            "o.org_no",
            [
                new("PermissionsBulkApiHardDelete", SoqlFieldType.Boolean, "o.hard_delete"),
                new("PermissionsModifyAllData", SoqlFieldType.Boolean, "1"),
                new("PermissionsApiEnabled", SoqlFieldType.Boolean, "1"),
                new("PermissionsViewSetup", SoqlFieldType.Boolean, "1"),
            ]),
    ];

    public static readonly IReadOnlyList<SObjectDefinition> Tooling =
    [
        new SObjectDefinition(
            "SandboxInfo",
            KeyPrefixes.SandboxInfo,
            "sandbox_info s",
            "s.org_no = $org",
            "s.seq",
            [
                new("Id", SoqlFieldType.Id, "s.seq"),
                new("SandboxName", SoqlFieldType.String, "s.sandbox_name"),
                new("LicenseType", SoqlFieldType.String, "s.license_type"),
                new("AutoActivate", SoqlFieldType.Boolean, "s.auto_activate"),
                new("Description", SoqlFieldType.String, "s.description"),
                new("HistoryDays", SoqlFieldType.Integer, "s.history_days"),
                new("CopyChatter", SoqlFieldType.Boolean, "s.copy_chatter"),
                new("CopyArchivedActivities", SoqlFieldType.Boolean, "0"),
                new("ApexClassId", SoqlFieldType.String, "s.apex_class_id"),
                new("ActivationUserGroupId", SoqlFieldType.String, "s.activation_user_group_id"),
                new("SourceId", SoqlFieldType.String, "NULL"),
                new("IsDeleted", SoqlFieldType.Boolean, "0"),
                new("CreatedDate", SoqlFieldType.DateTime, "s.created"),
                new("LastModifiedDate", SoqlFieldType.DateTime, "s.modified"),
                new("SystemModstamp", SoqlFieldType.DateTime, "s.modified"),
            ],
            IsTooling: true),
        new SObjectDefinition(
            "SandboxProcess",
            KeyPrefixes.SandboxProcess,
            "sandbox_process p",
            "p.org_no = $org",
            "p.seq",
            [
                new("Id", SoqlFieldType.Id, "p.seq"),
                new("SandboxInfoId", SoqlFieldType.Reference, "p.sandbox_info_seq", KeyPrefixes.SandboxInfo),
                new("SandboxName", SoqlFieldType.String, "p.sandbox_name"),
                new("LicenseType", SoqlFieldType.String, "p.license_type"),
                new("Status", SoqlFieldType.String, SandboxProcessSql.Status),
                new("CopyProgress", SoqlFieldType.Integer, SandboxProcessSql.CopyProgress),
                new("AutoActivate", SoqlFieldType.Boolean, "p.auto_activate"),
                new("Description", SoqlFieldType.String, "p.description"),
                new("CreatedDate", SoqlFieldType.DateTime, "p.created"),
                new("StartDate", SoqlFieldType.DateTime, "p.created"),
                new("EndDate", SoqlFieldType.DateTime, SandboxProcessSql.EndDate),
                new("ActivatedDate", SoqlFieldType.DateTime, SandboxProcessSql.EndDate),
                new(
                    "SandboxOrganization",
                    SoqlFieldType.String,
                    "(SELECT substr(org_id, 1, 15) FROM orgs WHERE org_no = p.sandbox_org_no)"),
                new("RefreshAction", SoqlFieldType.String, "NULL"),
                new("CopyChatter", SoqlFieldType.Boolean, "0"),
                new("HistoryDays", SoqlFieldType.Integer, "0"),
            ],
            IsTooling: true),
    ];

    public static SObjectDefinition? Find(string name, bool tooling) =>
        (tooling ? Tooling : Data).FirstOrDefault(o => string.Equals(o.Name, name, StringComparison.OrdinalIgnoreCase));

    public static SObjectDefinition? FindByPrefix(string keyPrefix, bool tooling) =>
        (tooling ? Tooling : Data).FirstOrDefault(o => o.KeyPrefix.Length > 0 && o.KeyPrefix == keyPrefix);

    private static SObjectDefinition Record(RecordObject type, params SObjectField[] extra) => new(
        type.Name,
        type.KeyPrefix,
        "records r",
        $"r.org_no = $org AND r.object_no = {type.Number} AND r.deleted <= $deletedMax",
        "r.seq",
        [
            new("Id", SoqlFieldType.Id, "r.seq"),
            new("Name", SoqlFieldType.String, "r.name"),
            new("IsDeleted", SoqlFieldType.Boolean, "(r.deleted <> 0)"),
            new("CreatedDate", SoqlFieldType.DateTime, "r.created"),
            new("LastModifiedDate", SoqlFieldType.DateTime, "r.modified"),
            new("SystemModstamp", SoqlFieldType.DateTime, "r.modified"),
            .. extra,
        ],
        RecordObjectNumber: type.Number);

    private static SObjectField IntacctId() => new("ia_crm__IntacctID__c", SoqlFieldType.String, "r.intacct_id");

    private static SObjectField SyncStatus() =>
        new("ia_crm__Intacct_Sync_Status__c", SoqlFieldType.String, "r.sync_status");

    private static SObjectField AccountLookup() =>
        new("ia_crm__Account__c", SoqlFieldType.Reference, "r.account_seq", RecordObjects.Account.KeyPrefix);
}
