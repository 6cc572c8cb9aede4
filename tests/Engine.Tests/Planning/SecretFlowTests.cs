using Runbook.Engine.Binding;
using Runbook.Engine.Tests.TestSupport;
using Runbook.Engine.Text;

namespace Runbook.Engine.Tests.Planning;

public sealed class SecretFlowTests
{
    private static readonly FakeWorld World = new();

    public static TheoryData<string, string, string> Cases() => new()
    {
        {
            "RB2027",
            "runbook \"s\" { connection c: fake { org = [|secret(\"ORG\")|] } require org_type(c) == \"x\" }",
            "'org' does not accept secrets, so secret(\"ORG\") cannot be given to it; " +
            "use env(\"ORG\") if the value is not secret."
        },
        {
            "RB2028",
            "runbook \"s\" { title = \"pw ${[|secret(\"PW\")|]}\" }",
            "secret(\"PW\") cannot be used in text: its value would reach plans, logs or reports."
        },
        {
            "RB2028",
            "runbook \"s\" { require [|secret(\"PW\")|] == \"x\" }",
            "secret(\"PW\") cannot be used in a condition: its value would reach plans, logs or reports."
        },
        {
            "RB2028",
            "runbook \"s\" { connection c: fake { org = \"uat\" } " +
            "require org_type(c) == \"x\" because \"${[|secret(\"PW\")|]}\" }",
            "secret(\"PW\") cannot be used in text: its value would reach plans, logs or reports."
        },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Secrets_may_only_reach_attributes_that_accept_them(string code, string marked, string message)
    {
        var source = MarkedSource.Parse(marked);

        var diagnostics = RunbookCompilation.Create(SourceText.From(source.Text), World.CreateRegistry()).Diagnostics;

        var diagnostic = Assert.Single(diagnostics, candidate => candidate.Code == code);
        Assert.Equal(source.Span, diagnostic.Span);
        Assert.Equal(message, diagnostic.Message);
    }

    // Without the plugin, nobody can say whether 'password' takes secrets; a complete catalogue reports the
    // unknown kind itself (RB2013).
    [Fact]
    public void A_secret_given_to_an_attribute_of_an_unknown_kind_is_not_judged()
    {
        var diagnostics = RunbookCompilation.Create(SourceText.From(
            "runbook \"s\" { connection c: unknown.kind { password = secret(\"PW\") } " +
            "step s: other.kind { token = secret(\"T\") when = true } }")).Diagnostics;

        Assert.DoesNotContain(diagnostics, diagnostic => diagnostic.Code == "RB2027");
    }

    [Fact]
    public void A_secret_given_to_a_built_in_step_property_is_refused_whatever_the_kind()
    {
        var diagnostics = RunbookCompilation.Create(SourceText.From(
            "runbook \"s\" { step s: other.kind { timeout = secret(\"T\") } }")).Diagnostics;

        Assert.Contains(diagnostics, diagnostic => diagnostic.Code == "RB2027");
    }

    [Fact]
    public void A_secret_given_to_a_password_is_fine()
    {
        var diagnostics = RunbookCompilation.Create(
            SourceText.From(
                "runbook \"s\" { connection c: fake { org = \"uat\" password = secret(\"PW\") } " +
                "require org_type(c) == \"x\" }"),
            World.CreateRegistry()).Diagnostics;

        Assert.Empty(diagnostics);
    }
}
