using Runbook.Engine.Plugins;
using Runbook.Engine.Runtime;
using Runbook.Steps.Plugins.Functions;
using Runbook.Steps.Plugins.Salesforce;
using Runbook.Steps.Tests.Plugins.Support;

namespace Runbook.Steps.Tests.Plugins;

/// <summary>Secrets given to the plugins never reach a log line, an exception, a plan or an identity.</summary>
public sealed class SecretLeakTests
{
    [Fact]
    public async Task A_whole_plan_and_run_logs_no_password_token_or_secret_and_shows_none()
    {
        await using var world = await EmulatorWorld.StartAsync(options => options with { FaultRate = 0.1 });
        await using var crm = await world.OpenSalesforceAsync(sandbox: true, ConnectionMode.ReadWrite);
        await using var erp = await world.OpenIntacctAsync("acme-sandbox", ConnectionMode.ReadWrite);
        var step = new DeleteRecordsStep(world.Options);
        var values = new Dictionary<string, object?>
        {
            ["org"] = crm,
            ["objects"] = Attributes.List("ia_crm__Contract__c"),
            ["bulk_threshold"] = 100L,
        };

        var plan = await step.PlanAsync(world.PlanContext(step, "clear", values), default);
        await world.ExpireSessionsAsync();
        var outcome = await step.ExecuteAsync(world.ExecutionContext(step, "clear", values, plan), default);
        var rule = await new SameOrgTypeFunction()
            .InvokeAsync(new FunctionContext(world.Environment), [crm, erp], default);

        var token = crm.Api.Session!.AccessToken.Reveal();
        var shown = string.Join(
            "\n",
            world.Logs.AllText,
            string.Join("\n", plan.Actions.Select(a => a.Description)),
            string.Join("\n", plan.Evidence.Concat(rule.Evidence)),
            string.Join("\n", crm.Identity.Evidence.Concat(erp.Identity.Evidence)),
            string.Join("\n", crm.Identity.Facts.Concat(erp.Identity.Facts)),
            string.Join("\n", outcome.Notes),
            crm.ToString(),
            erp.ToString());
        Assert.NotEmpty(world.Logs.Entries);
        Assert.DoesNotContain(EmulatorWorld.Password, shown, StringComparison.Ordinal);
        Assert.DoesNotContain(token, shown, StringComparison.Ordinal);
        Assert.DoesNotContain("runbook-emulator-secret", shown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_failing_query_names_no_secret()
    {
        await using var world = await EmulatorWorld.StartAsync();
        await using var crm = await world.OpenSalesforceAsync(sandbox: true);

        var error = await Assert.ThrowsAnyAsync<Exception>(() =>
            new RecordCountFunction().InvokeAsync(
                new FunctionContext(world.Environment),
                [crm, "Account", $"Name = '{EmulatorWorld.Password}' AND"],
                default));

        var token = crm.Api.Session!.AccessToken.Reveal();
        Assert.DoesNotContain(token, error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(token, world.Logs.AllText, StringComparison.Ordinal);
    }

    [Fact]
    public void A_secret_value_prints_as_its_mask()
    {
        var secret = new SecretValue("SF_PASSWORD", EmulatorWorld.Password);

        Assert.Equal("***", $"{secret}");
        Assert.Equal("***", RuntimeValue.Format(secret));
    }
}
