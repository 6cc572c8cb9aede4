namespace Runbook.Engine.Diagnostics;

// RB3xxx: checks the built-in plugins make of attribute values before anything connects. Third-party plugins
// declare their own RB3xxx descriptors as public static fields of their plugin types (see PluginLoader).
public static partial class DiagnosticCatalog
{
    /// <summary>RB3001</summary>
    public static readonly DiagnosticDescriptor InvalidApiName = new(
        "RB3001", DiagnosticSeverity.Error, "Invalid Salesforce API name",
        "'{0}' is not a valid Salesforce API name: {1}.",
        "Salesforce API names start with a letter, use only letters, digits and single underscores, and do not " +
        "end with an underscore; custom objects end in __c, as in ia_crm__Sales_Invoice__c. Use the API name " +
        "shown in Setup > Object Manager, not the label.");

    /// <summary>RB3002</summary>
    public static readonly DiagnosticDescriptor InvalidEndpoint = new(
        "RB3002", DiagnosticSeverity.Error, "Invalid endpoint",
        "'{0}' is not a valid {1}: {2}.",
        "Endpoints are absolute https URLs: https://login.salesforce.com for production orgs, " +
        "https://test.salesforce.com for sandboxes, or a My Domain URL; Intacct's gateway is " +
        "https://api.intacct.com/ia/xml/xmlgw.phtml. Use --emulator to run against the local emulator instead.");

    /// <summary>RB3003</summary>
    public static readonly DiagnosticDescriptor InvalidSandboxName = new(
        "RB3003", DiagnosticSeverity.Error, "Invalid sandbox name",
        "'{0}' is not a valid sandbox name: {1}.",
        "A Salesforce sandbox name has 1 to 10 letters and digits and starts with a letter, such as uat.");

    /// <summary>RB3004</summary>
    public static readonly DiagnosticDescriptor ValueOutOfRange = new(
        "RB3004", DiagnosticSeverity.Error, "Value out of range",
        "'{0}' must be from {1} to {2}; it is {3}.",
        "The attribute accepts only values in a range; the message gives it. 'runbook steps KIND' explains each " +
        "attribute.");

    /// <summary>RB3005</summary>
    public static readonly DiagnosticDescriptor EmptyInstructions = new(
        "RB3005", DiagnosticSeverity.Error, "Empty instructions",
        "A manual step needs instructions a person can follow; write what to do, where, and how to tell it worked.",
        "The engine shows a manual step's instructions to the operator and records who confirmed them. Empty " +
        "instructions leave the operator guessing and the audit record meaningless.");

    /// <summary>RB3006</summary>
    public static readonly DiagnosticDescriptor InvalidSoqlCondition = new(
        "RB3006", DiagnosticSeverity.Error, "Invalid SOQL condition",
        "'where' must be a SOQL condition such as \"CreatedDate < LAST_N_DAYS:30\": {0}.",
        "The where attribute is placed after WHERE in a SOQL query the step builds. Write only the condition: " +
        "no WHERE keyword, no semicolon, no second statement.");

    /// <summary>RB3007</summary>
    public static readonly DiagnosticDescriptor InvalidApiVersion = new(
        "RB3007", DiagnosticSeverity.Error, "Invalid Salesforce API version",
        "'{0}' is not a Salesforce API version the built-in plugins can use: {1}.",
        "Write the REST API version as a major and a minor number without a leading v, such as \"62.0\". The " +
        "built-in steps use Bulk API 2.0, which exists from version 41.0 on; leave api_version out to use 62.0.");

    /// <summary>RB3008</summary>
    public static readonly DiagnosticDescriptor InvalidCompanyType = new(
        "RB3008", DiagnosticSeverity.Error, "Invalid Intacct company type",
        "'{0}' is not an Intacct company type; write \"sandbox\" or \"production\".",
        "Intacct's API does not say whether a company is a sandbox, so an intacct connection declares it with " +
        "company_type = \"sandbox\" or \"production\". Left out, a company id ending in -sandbox or -sbx " +
        "counts as a sandbox and any other as production. Plans mark the type as declared, not observed.");

    /// <summary>RB3009</summary>
    public static readonly DiagnosticDescriptor InvalidOrgId = new(
        "RB3009", DiagnosticSeverity.Error, "Invalid Salesforce org id",
        "'{0}' is not a Salesforce org id: {1}.",
        "A Salesforce org id has 15 or 18 letters and digits and starts with 00D, as in 00D5g0000001AbCEAU. " +
        "Find it in Setup > Company Information (Salesforce.com Organization ID) of the org the Intacct " +
        "company is linked to.");
}
