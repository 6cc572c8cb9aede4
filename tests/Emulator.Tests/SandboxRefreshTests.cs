using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Runbook.Emulator.Tests;

public sealed class SandboxRefreshTests
{
    private static readonly DateTimeOffset Start =
        DateTimeOffset.Parse("2025-03-01T09:00:00Z", CultureInfo.InvariantCulture);

    [Fact]
    public async Task Refresh_progresses_from_Pending_to_Completed_with_copy_progress()
    {
        var clock = new ManualTimeProvider(Start);
        await using var emulator = await EmulatorHarness.StartAsync(
            o => o with { TimeProvider = clock, RefreshSeconds = 100 });
        using var production = await emulator.LoginAsync(sandbox: false);
        var sandboxId = await SandboxIdAsync(production);

        var refresh = await RefreshAsync(production, sandboxId);
        Assert.Equal(HttpStatusCode.NoContent, refresh.StatusCode);

        var observed = new List<(string Status, long Progress, bool HasEndDate)>();
        foreach (var secondsSinceStart in new[] { 0, 40, 80, 100 })
        {
            clock.Advance(Start.AddSeconds(secondsSinceStart) - clock.GetUtcNow() + TimeSpan.FromMilliseconds(1));
            var latest = await LatestProcessAsync(production);
            observed.Add((
                latest["Status"]!.GetValue<string>(),
                latest["CopyProgress"]!.GetValue<long>(),
                latest["EndDate"] is not null));
        }

        Assert.Equal(("Pending", 0L, false), observed[0]);
        Assert.Equal(("Processing", 57L, false), observed[1]);
        Assert.Equal(("Activating", 100L, false), observed[2]);
        Assert.Equal(("Completed", 100L, true), observed[3]);

        var process = await LatestProcessAsync(production);
        Assert.Equal(sandboxId, process["SandboxInfoId"]!.GetValue<string>());
        Assert.Equal("uat", process["SandboxName"]!.GetValue<string>());
        Assert.Equal("DEVELOPER_PRO", process["LicenseType"]!.GetValue<string>());
        using var sandbox = await emulator.LoginAsync(sandbox: true);
        var orgId = (await EmulatorHarness.QueryAsync(sandbox, "SELECT Id FROM Organization"))["records"]![0]!["Id"]!
            .GetValue<string>();
        Assert.Equal(orgId[..15], process["SandboxOrganization"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_second_refresh_within_the_interval_is_refused_and_allowed_a_day_later()
    {
        var clock = new ManualTimeProvider(Start);
        await using var emulator = await EmulatorHarness.StartAsync(
            o => o with { TimeProvider = clock, RefreshSeconds = 10 });
        using var production = await emulator.LoginAsync(sandbox: false);
        var sandboxId = await SandboxIdAsync(production);
        Assert.Equal(HttpStatusCode.NoContent, (await RefreshAsync(production, sandboxId)).StatusCode);

        var whileRunning = await RefreshAsync(production, sandboxId);
        clock.Advance(TimeSpan.FromHours(2));
        var early = await RefreshAsync(production, sandboxId);
        clock.Advance(TimeSpan.FromDays(1));
        var later = await RefreshAsync(production, sandboxId);

        Assert.Equal(HttpStatusCode.BadRequest, whileRunning.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, early.StatusCode);
        var error = (await EmulatorHarness.ReadJsonAsync(early))[0]!;
        Assert.Equal("FIELD_INTEGRITY_EXCEPTION", error["errorCode"]!.GetValue<string>());
        Assert.Contains("once every 1 day", error["message"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.NoContent, later.StatusCode);

        var processes = await EmulatorHarness.QueryAsync(
            production,
            "SELECT Id FROM SandboxProcess WHERE SandboxName = 'uat'",
            tooling: true);
        Assert.Equal(3, processes["totalSize"]!.GetValue<long>());
    }

    [Fact]
    public async Task Completed_refresh_invalidates_the_sandbox_sessions_but_not_production_ones()
    {
        var clock = new ManualTimeProvider(Start);
        await using var emulator = await EmulatorHarness.StartAsync(
            o => o with { TimeProvider = clock, RefreshSeconds = 60 });
        using var production = await emulator.LoginAsync(sandbox: false);
        using var sandbox = await emulator.LoginAsync(sandbox: true);
        await RefreshAsync(production, await SandboxIdAsync(production));

        clock.Advance(TimeSpan.FromSeconds(30));
        var duringRefresh = await sandbox.GetAsync($"{EmulatorHarness.Api}/limits/");
        clock.Advance(TimeSpan.FromSeconds(30));
        var afterRefresh = await sandbox.GetAsync($"{EmulatorHarness.Api}/limits/");
        var productionAfter = await production.GetAsync($"{EmulatorHarness.Api}/limits/");
        using var relogged = await emulator.LoginAsync(sandbox: true);
        var reloggedAfter = await relogged.GetAsync($"{EmulatorHarness.Api}/limits/");

        Assert.Equal(HttpStatusCode.OK, duringRefresh.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, afterRefresh.StatusCode);
        Assert.Equal(
            "INVALID_SESSION_ID",
            (await EmulatorHarness.ReadJsonAsync(afterRefresh))[0]!["errorCode"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, productionAfter.StatusCode);
        Assert.Equal(HttpStatusCode.OK, reloggedAfter.StatusCode);
    }

    [Fact]
    public async Task Refresh_keeps_the_sandbox_data_and_org_id()
    {
        var clock = new ManualTimeProvider(Start);
        await using var emulator = await EmulatorHarness.StartAsync(
            o => o with { TimeProvider = clock, RefreshSeconds = 1 });
        using var production = await emulator.LoginAsync(sandbox: false);
        var before = await emulator.StateAsync();

        await RefreshAsync(production, await SandboxIdAsync(production));
        clock.Advance(TimeSpan.FromSeconds(2));

        var after = await emulator.StateAsync();
        foreach (var key in new[] { "id", "records", "deletedRecords", "linkedCompanies" })
        {
            Assert.Equal(before["orgs"]![1]![key]!.ToJsonString(), after["orgs"]![1]![key]!.ToJsonString());
        }

        Assert.Equal("Completed", after["sandboxes"]![0]!["processes"]!.AsArray()[^1]!["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task Bad_license_type_unknown_field_and_unknown_sandbox_are_refused()
    {
        await using var emulator = await EmulatorHarness.StartAsync();
        using var production = await emulator.LoginAsync(sandbox: false);
        var sandboxId = await SandboxIdAsync(production);
        var url = $"{EmulatorHarness.Api}/tooling/sobjects/SandboxInfo/";

        var badLicense = await production.PatchAsJsonAsync(
            url + sandboxId,
            new { LicenseType = "HUGE", AutoActivate = true });
        var badField = await production.PatchAsJsonAsync(url + sandboxId, new { Colour = "blue" });
        var unknown = await production.PatchAsJsonAsync(
            url + "0GQ4P0000000009AAA",
            new { LicenseType = "DEVELOPER_PRO" });

        Assert.Equal(
            "INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST",
            (await EmulatorHarness.ReadJsonAsync(badLicense))[0]!["errorCode"]!.GetValue<string>());
        Assert.Equal(
            "INVALID_FIELD",
            (await EmulatorHarness.ReadJsonAsync(badField))[0]!["errorCode"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        var processes = await EmulatorHarness.QueryAsync(
            production,
            "SELECT COUNT() FROM SandboxProcess",
            tooling: true);
        Assert.Equal(1, processes["totalSize"]!.GetValue<long>());
    }

    private static async Task<string> SandboxIdAsync(HttpClient production)
    {
        var info = await EmulatorHarness.QueryAsync(
            production,
            "SELECT Id, SandboxName, LicenseType, AutoActivate FROM SandboxInfo WHERE SandboxName = 'uat'",
            tooling: true);
        return info["records"]![0]!["Id"]!.GetValue<string>();
    }

    private static Task<HttpResponseMessage> RefreshAsync(HttpClient production, string sandboxId) =>
        production.PatchAsJsonAsync(
            $"{EmulatorHarness.Api}/tooling/sobjects/SandboxInfo/{sandboxId}",
            new { LicenseType = "DEVELOPER_PRO", AutoActivate = true });

    private static async Task<JsonNode> LatestProcessAsync(HttpClient production)
    {
        var page = await EmulatorHarness.QueryAsync(
            production,
            "SELECT Id, SandboxInfoId, SandboxName, Status, CopyProgress, CreatedDate, EndDate, SandboxOrganization, "
            + "LicenseType FROM SandboxProcess WHERE SandboxName = 'uat' ORDER BY CreatedDate DESC LIMIT 1",
            tooling: true);
        return page["records"]![0]!;
    }
}
