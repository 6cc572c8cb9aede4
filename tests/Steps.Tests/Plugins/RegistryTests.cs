using Runbook.Engine.Plugins;

namespace Runbook.Steps.Tests.Plugins;

/// <summary>The names, attributes and outputs of the built-in plugins are a public contract; this pins them.</summary>
public sealed class RegistryTests
{
    private static readonly PluginRegistry Registry = BuiltInPlugins.CreateRegistry();

    [Fact]
    public void The_registry_holds_every_built_in_kind_and_function()
    {
        Assert.Equal(["intacct", "salesforce"], Registry.ConnectionKinds.Select(k => k.Name).Order());
        Assert.Equal(
            ["manual", "salesforce.delete_records", "salesforce.refresh_sandbox"],
            Registry.StepKinds.Select(k => k.Name).Order());
        Assert.Equal(
            [
                "api_headroom", "env", "org_id", "org_type", "record_count", "same_org_type", "secret",
                "single_org_per_company",
            ],
            Registry.Functions.Select(f => f.Name).Order());
    }

    [Theory]
    [InlineData("salesforce", "login_url: string = \"https://login.salesforce.com\"; username: string required; " +
        "password: string required secret; client_id: string; client_secret: string secret; " +
        "api_version: string = \"62.0\"")]
    [InlineData("intacct", "company_id: string required; user_id: string required; user_password: string required " +
        "secret; sender_id: string required; sender_password: string required secret; endpoint: string = " +
        "\"https://api.intacct.com/ia/xml/xmlgw.phtml\"; company_type: string; salesforce_org_id: string")]
    public void Connection_attributes_keep_their_names_types_and_defaults(string kind, string expected)
    {
        Assert.Equal(expected, Describe(Registry.FindConnectionKind(kind)!.Attributes));
    }

    [Theory]
    [InlineData("salesforce.refresh_sandbox", "org: salesforce connection required; sandbox: string required; " +
        "auto_activate: bool = true", "sandbox_process_id: string")]
    [InlineData("salesforce.delete_records", "org: salesforce connection required; objects: string[] required; " +
        "where: string; hard_delete: bool = false; parallelism: int = 4; bulk_threshold: int = 2000",
        "deleted_records: int, failed_records: int")]
    [InlineData("manual", "instructions: string required; verify: bool deferred; system: connection",
        "confirmed_by: string")]
    public void Step_attributes_and_outputs_keep_their_names_types_and_defaults(
        string kind,
        string attributes,
        string outputs)
    {
        var schema = Registry.FindStepKind(kind)!;

        Assert.Equal(attributes, Describe(schema.Attributes));
        Assert.Equal(outputs, string.Join(", ", schema.Outputs.Select(o => $"{o.Name}: {o.Type.Name}")));
    }

    [Fact]
    public void Function_signatures_are_stable()
    {
        Assert.Equal(
            [
                "api_headroom(c: salesforce connection) -> int",
                "env(name: string) -> string",
                "org_id(c: connection) -> string",
                "org_type(c: connection) -> string",
                "record_count(c: salesforce connection, object: string, [where: string]) -> int",
                "same_org_type(a: connection, b: connection) -> bool",
                "secret(name: string) -> string",
                "single_org_per_company(intacct: intacct connection, salesforce: salesforce connection) -> bool",
            ],
            Registry.Functions.Select(f => f.Signature).Order());
    }

    private static string Describe(IEnumerable<AttributeSchema> attributes) => string.Join("; ", attributes.Select(a =>
        $"{a.Name}: {a.Type.Name}" +
        (a.Required ? " required" : "") +
        (a.AcceptsSecret ? " secret" : "") +
        (a.Deferred ? " deferred" : "") +
        (a.DefaultValue is { } value ? " = " + Runbook.Engine.Runtime.RuntimeValue.FormatQuoted(value) : "")));
}
