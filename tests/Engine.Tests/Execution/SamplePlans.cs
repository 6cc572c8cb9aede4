using System.Collections.Immutable;
using System.Text.Json.Nodes;
using Runbook.Engine.Planning;

namespace Runbook.Engine.Tests.Execution;

/// <summary>Plans written out by hand, with fixed times and ids, as the planner would have made them.</summary>
internal static class SamplePlans
{
    public static readonly DateTimeOffset PlannedAt = new(2025, 3, 1, 9, 0, 0, TimeSpan.Zero);

    public const string SalesforceTarget = "salesforce:00D5g000004SANDBX";

    public const string IntacctTarget = "intacct:acme-sandbox";

    /// <summary>The sandbox refresh: a refresh, a delete and three manual steps in the Intacct UI.</summary>
    public static PlanDocument Refresh(bool autoApproved = false)
    {
        var plan = PlanFile.WithId(Unapproved(autoApproved));
        return autoApproved
            ? plan
            : plan with { Approvals = [new PlanApproval("bob", PlannedAt.AddMinutes(30),
                plan.Id) { Comment = "Counts look right." }] };
    }

    private static PlanDocument Unapproved(bool autoApproved) => new()
    {
        Runbook = new PlanRunbook("sandbox-refresh", "runbooks/sandbox-refresh.runbook", new string('a', 64))
        {
            Title = "Refresh the UAT sandbox linked to Intacct",
            Version = "1.2",
        },
        ToolVersion = "0.1.0",
        CreatedAt = PlannedAt,
        CreatedBy = "alice",
        Parameters =
        [
            new PlanParameter("sandbox", "string", JsonValue.Create("uat"), Given: true),
            new PlanParameter("max_deleted", "int", JsonValue.Create(250_000L), Given: false),
            new PlanParameter("refresh_wait", "duration", JsonValue.Create("6h"), Given: false),
            new PlanParameter("objects", "string[]", new JsonArray("ia_crm__Sales_Invoice__c", "ia_crm__Contract__c"),
                Given: false),
        ],
        Connections =
        [
            new PlanConnection("crm", "salesforce", "00D5g000004SANDBX", "sandbox")
            {
                Facts = ImmutableSortedDictionary<string, string>.Empty
                    .Add("instance", "https://acme--uat.sandbox.my.salesforce.com")
                    .Add("user", "admin@acme.com.uat"),
                Evidence = [new PlanEvidence("crm", "Organization.IsSandbox = true", "observed")],
            },
            new PlanConnection("erp", "intacct", "acme-sandbox", "sandbox")
            {
                Evidence = [new PlanEvidence("erp", "company acme-sandbox is a sandbox company", "observed")],
            },
        ],
        Preconditions =
        [
            new PlanCondition("org_type(crm) == org_type(erp)", "Production and sandbox are never linked.", true)
            {
                Evidence =
                [
                    new PlanEvidence("crm", "org type sandbox", "observed"),
                    new PlanEvidence("erp", "org type sandbox", "observed"),
                ],
            },
            new PlanCondition("org_type(crm) == \"sandbox\"", "Only sandboxes are refreshed.", true)
            {
                Evidence = [new PlanEvidence("crm", "org type sandbox", "observed")],
            },
        ],
        Steps =
        [
            new PlanStep("refresh_sandbox", "salesforce.refresh_sandbox", Skipped: false)
            {
                Title = "Refresh the sandbox",
                Attributes = ImmutableSortedDictionary<string, string>.Empty.Add("sandbox", "uat").Add("production",
                    "prod"),
                Actions = [new PlanAction("Refresh sandbox uat from production (Partial Copy)", Mutating: true)],
                Facts = [new PlanFactRecord("sandbox", JsonValue.Create("uat"), "exact")],
            },
            new PlanStep("delete_subscription_data", "salesforce.delete_records", Skipped: false)
            {
                Title = "Delete Intacct transactions",
                Attributes = ImmutableSortedDictionary<string, string>.Empty
                    .Add("org", "crm").Add("password", "***"),
                Actions = [new PlanAction("Delete 1,204 ia_crm__Sales_Invoice__c records", Mutating: true)],
                Outputs = ImmutableSortedDictionary<string, JsonNode?>.Empty.Add("deleted", JsonValue.Create(1204L)),
                Facts = [new PlanFactRecord("ia_crm__Sales_Invoice__c count", JsonValue.Create(1204L), "growth")],
            },
            new PlanStep("cancel_subscription", "manual", Skipped: false)
            {
                Title = "Cancel the Advanced CRM Integration subscription",
                Actions = [new PlanAction("Ask a person: Company > Admin > Subscriptions, slide to Off",
                    Mutating: true)],
            },
            new PlanStep("subscribe_again", "manual", Skipped: false)
            {
                Title = "Subscribe to the Advanced CRM Integration again",
                Actions = [new PlanAction("Ask a person: subscribe again with the integration user", Mutating: true)],
            },
        ],
        Expectations = [new PlanCondition("steps.delete_subscription_data.deleted <= param.max_deleted", null, true)],
        Policy = new PlanPolicy(1, "24h", 10),
        Valid = true,
        AutoApproved = autoApproved,
    };
}
