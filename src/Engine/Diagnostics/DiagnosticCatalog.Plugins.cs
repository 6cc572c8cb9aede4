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
}
