using Runbook.Engine.Runtime;
using Runbook.Steps.Plugins.Rules;

namespace Runbook.Steps.Tests.Plugins;

/// <summary>The two linking rules as pure functions over identities, with the evidence they give.</summary>
public sealed class LinkRulesTests
{
    private const string SandboxOrgId = "00D4U000000AbCdEAA";
    private const string ProductionOrgId = "00D4P000000XyZwEAA";

    private static SystemIdentity Org(string type, string id = SandboxOrgId) => new("crm", "salesforce", id, type);

    private static SystemIdentity Company(string type, string id = "acme-sandbox") =>
        new("erp", "intacct", id, type) { OrgTypeSource = EvidenceSource.Declared, OrgTypeNote = "company_type" };

    [Theory]
    [InlineData(OrgTypes.Sandbox, OrgTypes.Sandbox, true)]
    [InlineData(OrgTypes.Production, OrgTypes.Production, true)]
    [InlineData(OrgTypes.Production, OrgTypes.Sandbox, false)]
    [InlineData(OrgTypes.Sandbox, OrgTypes.Production, false)]
    public void Same_org_type_holds_only_for_sandbox_with_sandbox_or_production_with_production(
        string salesforce,
        string intacct,
        bool expected)
    {
        Assert.Equal(expected, LinkRules.SameOrgType(Org(salesforce), Company(intacct)).Holds);
        Assert.Equal(expected, LinkRules.SameOrgType(Company(intacct), Org(salesforce)).Holds);
    }

    [Fact]
    public void Same_org_type_evidence_names_both_ids_and_types_and_marks_the_declared_side()
    {
        var outcome = LinkRules.SameOrgType(Org(OrgTypes.Production, ProductionOrgId), Company(OrgTypes.Sandbox));

        Assert.False(outcome.Holds);
        Assert.Equal(
            [
                $"crm: salesforce org {ProductionOrgId} is production",
                "erp: intacct company acme-sandbox is a sandbox (company_type) (declared, not observed)",
                "crm, erp: crm is production but erp is a sandbox; Intacct and Salesforce may only be linked " +
                "production to production or sandbox to sandbox. (declared, not observed)",
            ],
            outcome.Evidence.Select(evidence => evidence.ToString()));
        Assert.Equal(EvidenceSource.Observed, outcome.Evidence[0].Source);
        Assert.Equal(EvidenceSource.Declared, outcome.Evidence[1].Source);
    }

    [Fact]
    public void A_scratch_org_matches_no_type()
    {
        var scratch = new SystemIdentity("crm", "salesforce", SandboxOrgId, null) { OrgTypeNote = "a scratch org" };

        var outcome = LinkRules.SameOrgType(scratch, Company(OrgTypes.Sandbox));

        Assert.False(outcome.Holds);
        Assert.Equal(
            "crm is neither a sandbox nor production (a scratch org), so it has no org type to match.",
            outcome.Reason);
        Assert.Equal(
            $"crm: salesforce org {SandboxOrgId} is neither a sandbox nor production (a scratch org)",
            outcome.Evidence[0].ToString());
    }

    [Fact]
    public void Single_org_per_company_holds_when_the_org_is_linked_to_this_company_only()
    {
        var outcome = LinkRules.SingleOrgPerCompany(
            Company(OrgTypes.Sandbox), null, Org(OrgTypes.Sandbox), ["acme-sandbox"]);

        Assert.True(outcome.Holds);
        Assert.Equal(
            [
                $"crm: org {SandboxOrgId} is linked to acme-sandbox (ia_crm__Intacct_Entity__c)",
                $"erp, crm: crm (org {SandboxOrgId}) is linked to company acme-sandbox and to no other company.",
            ],
            outcome.Evidence.Select(evidence => evidence.ToString()));
    }

    [Fact]
    public void A_Salesforce_org_shared_by_two_companies_breaks_the_rule()
    {
        var outcome = LinkRules.SingleOrgPerCompany(
            Company(OrgTypes.Sandbox),
            null,
            Org(OrgTypes.Sandbox),
            ["acme-sandbox", "acme-emea-sandbox"]);

        Assert.False(outcome.Holds);
        Assert.Equal(
            $"crm (org {SandboxOrgId}) is linked to 2 Intacct companies (acme-sandbox, acme-emea-sandbox); several " +
            "Intacct companies cannot be connected to one Salesforce org.",
            outcome.Reason);
        Assert.Contains(
            $"crm: org {SandboxOrgId} is linked to acme-sandbox, acme-emea-sandbox (ia_crm__Intacct_Entity__c)",
            outcome.Evidence.Select(evidence => evidence.ToString()));
    }

    [Fact]
    public void An_org_linked_to_another_company_or_to_none_breaks_the_rule()
    {
        var other = LinkRules.SingleOrgPerCompany(Company(OrgTypes.Sandbox), null, Org(OrgTypes.Sandbox), ["acme"]);
        var none = LinkRules.SingleOrgPerCompany(Company(OrgTypes.Sandbox), null, Org(OrgTypes.Sandbox), []);

        Assert.False(other.Holds);
        Assert.Equal($"crm (org {SandboxOrgId}) is linked to acme, not to company acme-sandbox.", other.Reason);
        Assert.False(none.Holds);
        Assert.Equal(
            $"crm (org {SandboxOrgId}) is linked to no Intacct company, so company acme-sandbox is not linked to it.",
            none.Reason);
    }

    [Fact]
    public void A_declared_org_must_be_the_org_of_the_connection()
    {
        var wrong = LinkRules.SingleOrgPerCompany(
            Company(OrgTypes.Sandbox), ProductionOrgId, Org(OrgTypes.Sandbox), ["acme-sandbox"]);
        var right15 = LinkRules.SingleOrgPerCompany(
            Company(OrgTypes.Sandbox), SandboxOrgId[..15], Org(OrgTypes.Sandbox), ["ACME-SANDBOX"]);

        Assert.False(wrong.Holds);
        Assert.Equal($"erp declares Salesforce org {ProductionOrgId}, but crm is org {SandboxOrgId}.", wrong.Reason);
        var declared = Assert.Single(wrong.Evidence, evidence => evidence.Source == EvidenceSource.Declared);
        Assert.Equal(
            $"erp: company acme-sandbox is linked to Salesforce org {ProductionOrgId} (salesforce_org_id) " +
            "(declared, not observed)",
            declared.ToString());
        Assert.True(right15.Holds);
    }
}
