using System.Collections.Immutable;
using Runbook.Engine.Binding;
using Runbook.Engine.Diagnostics;
using Runbook.Engine.Plugins;
using Runbook.Engine.Tests.TestSupport;
using Runbook.Engine.Text;

namespace Runbook.Engine.Tests.Diagnostics;

/// <summary>
/// One case per diagnostic code: the source marks with [| |] exactly where the diagnostic must point, and the
/// message is checked word for word. A test below fails when a catalogue code has no case here.
/// </summary>
public sealed class DiagnosticCodeTests
{
    private static readonly SchemaCatalog Catalog = new(
        [new ConnectionKindSchema("salesforce", "Salesforce.", [
            new AttributeSchema("username", RunbookType.String, "User.") { Required = true },
        ])],
        [new StepKindSchema("manual", "A person does it.", [
            new AttributeSchema("instructions", RunbookType.String, "What to do.") { Required = true },
        ], [new("confirmed_by", RunbookType.String, "Who confirmed.")])],
        [new FunctionSchema(
            "org_type",
            "The org's type.",
            [new ParameterSchema("c", RunbookType.AnyConnection, "A connection.")],
            RunbookType.String)],
        isComplete: true);

    public static TheoryData<string, string, string> Cases() => new()
    {
        { "RB1001", "runbook \"r\" { a = [|@|] }", "Unexpected character '@'; remove it." },
        {
            "RB1002",
            "runbook \"r\" { title = [|\"open|]\n}",
            "This string is not closed; add a '\"' before the end of the line."
        },
        {
            "RB1003",
            "runbook \"r\" { title = \"a [|\\q|]\" }",
            "Unknown escape sequence '\\q'; use \\\", \\\\, \\n, \\t or \\$."
        },
        {
            "RB1004",
            "runbook \"r\" { title = [|\"\"\"|]\nnever closed\n}",
            "This text block is not closed; add '\"\"\"' after its last line."
        },
        {
            "RB1005",
            "runbook \"r\" { param a: int = [|1__0|] }",
            "'1__0' is not a valid number: '_' may only stand between two digits."
        },
        {
            "RB1006",
            "runbook \"r\" { param a: int = [|99999999999999999999|] }",
            "'99999999999999999999' is too large; the largest integer is 9_223_372_036_854_775_807."
        },
        {
            "RB1007",
            "runbook \"r\" { param a: duration = [|15ms|] }",
            "'15ms' is not a duration: the unit must be s, m, h or d (as in 90s, 15m, 6h, 2d)."
        },
        { "RB1008", "runbook \"r\" { param a [|int|] }", "Expected ':' but found name 'int'." },
        { "RB1009", "runbook \"r\" { title = [|}|]", "Expected a value but found '}'." },
        {
            "RB1010",
            "runbook \"r\" { [|\"stray\"|] }",
            "A string is not expected here; " +
            "expected a property (name = value) or a param, connection, require, step or plan."
        },
        {
            "RB1011",
            "[|stray|] runbook \"r\" { }",
            "A runbook file must start with 'runbook \"NAME\" {'; found name 'stray'."
        },
        {
            "RB1012",
            "runbook \"r\" { } [|extra|]",
            "Unexpected name 'extra' after the end of the runbook; a file holds one runbook declaration."
        },
        {
            "RB1013",
            "runbook \"r\" { require 1 < 2 [|<|] 3 }",
            "Comparisons cannot be chained; join them with 'and', as in 'a < b and b < c'."
        },
        {
            "RB1014",
            "runbook \"r\" { title = " + new string('(', 100) + "[|((1))|]" + new string(')', 100) + " }",
            "This value is nested more than 100 levels deep; the rest of it was not read."
        },
        {
            "RB1015",
            "runbook \"r\" { [|expect|] true }",
            "'expect' cannot stand inside the runbook itself; move it into the plan block."
        },
        {
            "RB1016",
            "runbook \"r\" { title = \"a [|${x|]\n}",
            "This interpolation is not closed; add '}' after the expression."
        },
        {
            "RB2001",
            "runbook \"r\" { connection crm: salesforce { username = \"u\" } require org_type([|crmm|]) == \"x\" }",
            "Unknown name 'crmm'. Did you mean 'crm'?"
        },
        {
            "RB2002",
            "runbook \"r\" { param a: int = 1 param [|a|]: int = 2 require param.a == 1 }",
            "'a' is already declared as a param on line 1; give this param another name."
        },
        {
            "RB2003",
            "runbook \"r\" { param sandbox: string = \"x\" " +
            "require param.[|sandbx|] == \"x\" and param.sandbox == \"\" }",
            "Unknown param 'sandbx'. Did you mean 'sandbox'?"
        },
        {
            "RB2004",
            "runbook \"r\" { step a: manual { instructions = \"x\" } " +
            "plan { expect steps.[|b|].confirmed_by == \"x\" } }",
            "Unknown step 'b'. Did you mean 'a'?"
        },
        {
            "RB2005",
            "runbook \"r\" { step a: manual { instructions = \"${steps.[|b|].confirmed_by}\" } " +
            "step b: manual { instructions = \"x\" } }",
            "Step 'b' runs after this one, so its outputs are not known here; " +
            "only steps written before 'a' can be used."
        },
        { "RB2006", "runbook \"r\" { title = [|42|] }", "'title' must be a string, but this value is an int." },
        {
            "RB2007",
            "runbook \"r\" { require [|\"yes\"|] }",
            "The condition of 'require' must be a bool, but this value is a string."
        },
        {
            "RB2008",
            "runbook \"r\" { param a: bool = [|\"yes\"|] require param.a }",
            "The default of param 'a' is a string, but the param is declared as bool."
        },
        {
            "RB2009",
            "runbook \"r\" { param a: [|strng|] require param.a == \"\" }",
            "Unknown type 'strng'; use string, int, bool or duration, with [] for a list. Did you mean 'string'?"
        },
        {
            "RB2010",
            "runbook \"r\" { require 1 [|<|] 5m }",
            "Operator '<' cannot be applied to an int and a duration."
        },
        {
            "RB2011",
            "runbook \"r\" { title = \"a\" [|title|] = \"b\" }",
            "'title' is already set on line 1; remove one of the two."
        },
        {
            "RB2012",
            "runbook \"r\" { [|titel|] = \"a\" }",
            "Unknown property 'titel' for the runbook. Did you mean 'title'?"
        },
        { "RB2013", "runbook \"r\" { step a: [|manul|] { } }", "Unknown step kind 'manul'. Did you mean 'manual'?" },
        {
            "RB2014",
            "runbook \"r\" { connection c: [|salesforse|] { } }",
            "Unknown connection kind 'salesforse'. Did you mean 'salesforce'?"
        },
        {
            "RB2015",
            "runbook \"r\" { require [|org_typ|](1) == \"x\" }",
            "Unknown function 'org_typ'. Did you mean 'org_type'?"
        },
        {
            "RB2016",
            "runbook \"r\" { step a: manual { instructions = \"x\" } plan { expect [|steps.a|] } }",
            "steps.a needs the output to read, as in steps.a.OUTPUT."
        },
        {
            "RB2017",
            "runbook \"r\" { param a: string = \"x\" require [|param.a|]() }",
            "Only a function can be called, as in org_type(crm); this is a string."
        },
        {
            "RB2018",
            "runbook \"r\" { plan { } [|plan|] { } }",
            "A runbook has at most one plan block; the first is on line 1. Merge the two."
        },
        {
            "RB2019",
            "runbook \"r\" { step a: manual { instructions = \"x\" on_failure = [|\"explode\"|] } }",
            "'on_failure' must be \"stop\" or \"continue\"."
        },
        {
            "RB2020",
            "runbook \"r\" { param a: int[] = [1, [|\"two\"|]] require param.a == [] }",
            "The items of a list must all have one type; this item is a string but the first is an int."
        },
        {
            "RB2021",
            "runbook \"r\" { step a: manual { instructions = \"x\" } require [|steps.a.confirmed_by|] == \"me\" }",
            "A require is checked before any step runs, so it cannot use steps.a.confirmed_by; " +
            "use params and functions, or move the condition into the plan block as an 'expect'."
        },
        {
            "RB2022",
            "runbook \"r\" { param a: string = [|org_type(1)|] require param.a == \"\" }",
            "The default of param 'a' must be written out as a literal value, not computed."
        },
        {
            "RB2023",
            "runbook \"r\" { title = \"${[|[1]|]}\" }",
            "An int[] list cannot be written into a string; interpolate a string, int, bool or duration."
        },
        { "RB2024", "runbook \"r\" { step [|a|]: manual { } }", "A manual step needs 'instructions' (a string)." },
        {
            "RB2025",
            "runbook [|\"\"|] { }",
            "The runbook's name is empty; give it a short name such as \"salesforce-sandbox-refresh\"."
        },
        {
            "RB2026",
            "runbook \"r\" { require [|org_type()|] == \"x\" }",
            "org_type(c: connection) -> string takes 1 argument, but this call passes 0."
        },
        {
            "RB2100",
            "runbook \"r\" { param [|unused|]: int = 1 }",
            "Param 'unused' is declared but never used; remove it or use it as param.unused."
        },
        {
            "RB2101",
            "runbook \"r\" { connection [|crm|]: salesforce { username = \"u\" } }",
            "Connection 'crm' is declared but never used; remove it or pass it to a step or function."
        },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Diagnostic_points_at_the_marked_span_with_the_exact_message(string code, string marked, string message)
    {
        var source = MarkedSource.Parse(marked);
        var compilation = RunbookCompilation.Create(SourceText.From(source.Text), Catalog);

        var diagnostic = Assert.Single(compilation.Diagnostics, candidate => candidate.Code == code);

        Assert.Equal(source.Span, diagnostic.Span);
        Assert.Equal(message, diagnostic.Message);
    }

    [Fact]
    public void Every_catalogue_code_of_the_language_has_a_case()
    {
        var tested = Cases().Concat(Planning.SecretFlowTests.Cases()).Select(row => (string)row[0]).ToHashSet();
        var untested = DiagnosticCatalog.All
            .Select(descriptor => descriptor.Code)
            .Where(code => code.StartsWith("RB1", StringComparison.Ordinal)
                || code.StartsWith("RB2", StringComparison.Ordinal))
            .Where(code => !tested.Contains(code))
            .ToList();

        Assert.Empty(untested);
    }

    [Fact]
    public void Codes_are_unique_and_every_entry_has_a_message_and_help()
    {
        var all = DiagnosticCatalog.All;

        Assert.Equal(all.Length, all.Select(descriptor => descriptor.Code).Distinct().Count());
        Assert.All(all, descriptor =>
        {
            Assert.Matches("^RB[1-9][0-9]{3}$", descriptor.Code);
            Assert.False(string.IsNullOrWhiteSpace(descriptor.MessageFormat));
            Assert.True(descriptor.Help.Length > 40, $"{descriptor.Code} needs a help text that explains the fix.");
        });
    }

    [Fact]
    public void Find_looks_codes_up_ignoring_case()
    {
        Assert.Same(DiagnosticCatalog.UnterminatedString, DiagnosticCatalog.Find("rb1002"));
        Assert.Null(DiagnosticCatalog.Find("RB9999"));
    }

}
