using Runbook.Engine.Diagnostics;
using Runbook.Engine.Plugins;
using Runbook.Engine.Text;
using Runbook.Steps.Tests.Plugins.Support;

namespace Runbook.Steps.Tests.Plugins;

/// <summary>
/// Every RB3xxx check of the built-in plugins: the marked span ([| |]) is where the diagnostic must point, and
/// the message is checked word for word. A test below fails when a catalogue RB3xxx code has no case.
/// </summary>
public sealed class ValidationTests
{
    private static readonly PluginRegistry Registry = BuiltInPlugins.CreateRegistry();

    public static TheoryData<string, string, string> Cases() => new()
    {
        {
            "RB3001",
            Delete("objects = [\"Account\", [|\"Sales Invoice\"|]]"),
            "'Sales Invoice' is not a valid Salesforce API name: it contains a space; use the API name, not the label."
        },
        {
            "RB3001",
            Delete("objects = [[|\"ia_crm__Sales_Invoice\"|]]"),
            "'ia_crm__Sales_Invoice' is not a valid Salesforce API name: '__Sales_Invoice' is not an object suffix; " +
            "custom objects end in __c."
        },
        {
            "RB3001",
            "runbook \"r\" {\n param objects: string[] = [\"Account\", [|\"1Thing__c\"|]]\n" +
            Connection + " step s: salesforce.delete_records {\n org = crm\n objects = param.objects\n }\n}",
            "'1Thing__c' is not a valid Salesforce API name: it must start with a letter."
        },
        {
            "RB3002",
            "runbook \"r\" {\n connection crm: salesforce {\n login_url = [|\"http://test.salesforce.com\"|]\n" +
            " username = \"u\"\n password = secret(\"P\")\n }\n step s: salesforce.delete_records {\n org = crm\n" +
            " objects = [\"Account\"]\n }\n}",
            "'http://test.salesforce.com' is not a valid Salesforce login URL: it uses http, not https."
        },
        {
            "RB3002",
            Intacct("endpoint = [|\"api.intacct.com/ia/xml/xmlgw.phtml\"|]"),
            "'api.intacct.com/ia/xml/xmlgw.phtml' is not a valid Intacct gateway URL: it is not an absolute URL."
        },
        {
            "RB3003",
            "runbook \"r\" {\n" + Connection + " step s: salesforce.refresh_sandbox {\n org = crm\n" +
            " sandbox = [|\"user-acceptance\"|]\n }\n}",
            "'user-acceptance' is not a valid sandbox name: it has 15 characters; at most 10 are allowed."
        },
        {
            "RB3004",
            Delete("objects = [\"Account\"]\n parallelism = [|17|]"),
            "'parallelism' must be from 1 to 16; it is 17."
        },
        {
            "RB3004",
            Delete("objects = [\"Account\"]\n bulk_threshold = [|200_000_000|]"),
            "'bulk_threshold' must be from 0 to 100,000,000; it is 200,000,000."
        },
        {
            "RB3005",
            "runbook \"r\" {\n step s: manual {\n instructions = [|\"   \"|]\n }\n}",
            "A manual step needs instructions a person can follow; write what to do, where, and how to tell it worked."
        },
        {
            "RB3006",
            Delete("objects = [\"Account\"]\n where = [|\"WHERE Name = 'x'\"|]"),
            "'where' must be a SOQL condition such as \"CreatedDate < LAST_N_DAYS:30\": leave out the leading WHERE; " +
            "the step adds it."
        },
        {
            "RB3006",
            Delete("objects = [\"Account\"]\n where = [|\"Name = 'x'; DELETE\"|]"),
            "'where' must be a SOQL condition such as \"CreatedDate < LAST_N_DAYS:30\": it contains ';'; write a " +
            "single condition, not a statement."
        },
        {
            "RB3007",
            "runbook \"r\" {\n connection crm: salesforce {\n username = \"u\"\n password = secret(\"P\")\n" +
            " api_version = [|\"v62.0\"|]\n }\n step s: salesforce.delete_records {\n org = crm\n" +
            " objects = [\"Account\"]\n }\n}",
            "'v62.0' is not a Salesforce API version the built-in plugins can use: leave out the leading v."
        },
        {
            "RB3008",
            Intacct("company_type = [|\"staging\"|]"),
            "'staging' is not an Intacct company type; write \"sandbox\" or \"production\"."
        },
        {
            "RB3009",
            Intacct("salesforce_org_id = [|\"001000000000001\"|]"),
            "'001000000000001' is not a Salesforce org id: org ids start with 00D."
        },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Check_points_at_the_value_with_the_exact_message(string code, string marked, string message)
    {
        var (text, span) = Unmark(marked);

        var diagnostics = Validation.Check(text, Registry);

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(code, diagnostic.Code);
        Assert.Equal(span, diagnostic.Span);
        Assert.Equal(message, diagnostic.Message);
    }

    [Fact]
    public void Valid_values_and_values_known_only_at_run_time_pass()
    {
        var text = "runbook \"r\" {\n param sandbox: string\n param objects: string[]\n" + Connection +
            " step a: salesforce.refresh_sandbox {\n org = crm\n sandbox = param.sandbox\n }\n" +
            " step b: salesforce.delete_records {\n org = crm\n objects = param.objects\n }\n" +
            " step c: salesforce.delete_records {\n org = crm\n" +
            " objects = [\"ia_crm__Sales_Invoice__c\", \"Account\", \"ns__Thing__mdt\"]\n" +
            " where = \"Name = 'a;b' AND (Amount__c > 0)\"\n parallelism = 16\n bulk_threshold = 0\n }\n" +
            " step d: manual {\n instructions = \"Do it.\"\n }\n}";

        Assert.Empty(Validation.Check(text, Registry));
    }

    [Fact]
    public void Every_plugin_code_in_the_catalogue_has_a_case_and_is_registered()
    {
        var tested = Cases().Select(row => (string)row[0]).ToHashSet();
        var codes = DiagnosticCatalog.All
            .Select(d => d.Code)
            .Where(code => code.StartsWith("RB3", StringComparison.Ordinal));

        Assert.All(codes, code =>
        {
            Assert.Contains(code, tested);
            Assert.NotNull(Registry.PluginDiagnostics.SingleOrDefault(d => d.Code == code));
        });
    }

    private const string Connection =
        " connection crm: salesforce {\n username = \"u\"\n password = secret(\"P\")\n }\n";

    private static string Delete(string body) =>
        "runbook \"r\" {\n" + Connection + " step s: salesforce.delete_records {\n org = crm\n " + body + "\n }\n}";

    private static string Intacct(string attribute) =>
        "runbook \"r\" {\n connection erp: intacct {\n company_id = \"acme\"\n user_id = \"admin\"\n" +
        " user_password = secret(\"A\")\n sender_id = \"runbook\"\n sender_password = secret(\"B\")\n " + attribute +
        "\n }\n step s: manual {\n instructions = \"x\"\n system = erp\n }\n}";

    private static (string Text, TextSpan Span) Unmark(string marked)
    {
        var start = marked.IndexOf("[|", StringComparison.Ordinal);
        var end = marked.IndexOf("|]", StringComparison.Ordinal);
        var text = marked.Remove(end, 2).Remove(start, 2);
        return (text, new TextSpan(start, end - start - 2));
    }
}
