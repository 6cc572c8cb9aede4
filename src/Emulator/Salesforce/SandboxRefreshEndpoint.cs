using System.Text.Json;
using Microsoft.Data.Sqlite;
using Runbook.Emulator.Hosting;
using Runbook.Emulator.Storage;

namespace Runbook.Emulator.Salesforce;

/// <summary>
/// PATCH tooling/sobjects/SandboxInfo/{id}: a refresh. It records a new SandboxProcess whose progress is derived
/// from its start time (see <see cref="SandboxProcessSql"/>). The sandbox keeps its data and org id.
/// </summary>
internal static class SandboxRefreshEndpoint
{
    private static readonly Dictionary<string, (string Label, int Days)> Intervals = new(StringComparer.Ordinal)
    {
        ["DEVELOPER"] = ("Developer", 1),
        ["DEVELOPER_PRO"] = ("Developer Pro", 1),
        ["PARTIAL"] = ("Partial Copy", 5),
        ["FULL"] = ("Full", 29),
    };

    // Salesforce matches field names in request bodies without regard to case.
    private static readonly Dictionary<string, string> UpdatableColumns = new(StringComparer.OrdinalIgnoreCase)
    {
        ["LicenseType"] = "license_type",
        ["AutoActivate"] = "auto_activate",
        ["Description"] = "description",
        ["HistoryDays"] = "history_days",
        ["CopyChatter"] = "copy_chatter",
        ["ApexClassId"] = "apex_class_id",
        ["ActivationUserGroupId"] = "activation_user_group_id",
    };

    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapPatch(
            "/tooling/sobjects/{type}/{id}",
            (HttpContext http, string type, string id) => RefreshAsync(http, type, id));
    }

    private static async Task<IResult> RefreshAsync(HttpContext http, string type, string id)
    {
        if (!string.Equals(type, "SandboxInfo", StringComparison.OrdinalIgnoreCase))
        {
            return SalesforceResults.Error(
                StatusCodes.Status405MethodNotAllowed,
                "METHOD_NOT_ALLOWED",
                $"HTTP Method 'PATCH' not allowed. Allowed are GET,HEAD");
        }

        Dictionary<string, JsonElement>? changes;
        try
        {
            var body = await JsonSerializer.DeserializeAsync<Dictionary<string, JsonElement>>(
                http.Request.Body,
                cancellationToken: http.RequestAborted);
            changes = body is null ? null : new Dictionary<string, JsonElement>(body, StringComparer.OrdinalIgnoreCase);
        }
        catch (JsonException)
        {
            changes = null;
        }

        if (changes is null)
        {
            return SalesforceResults.Error(
                StatusCodes.Status400BadRequest,
                "JSON_PARSER_ERROR",
                "The request body is not a JSON object.");
        }

        var call = SalesforceCall.From(http);
        var services = http.RequestServices;
        var options = services.GetRequiredService<EmulatorOptions>();
        var logger = services.GetRequiredService<ILogger<EmulatorServer>>();
        return services.GetRequiredService<EmulatorDatabase>().Write(connection =>
            Refresh(connection, call, id, changes, options, logger));
    }

    private static IResult Refresh(
        SqliteConnection connection,
        SalesforceCall call,
        string id,
        Dictionary<string, JsonElement> changes,
        EmulatorOptions options,
        ILogger logger)
    {
        if (!SalesforceId.TryParse(id, out var parsed)
            || parsed.KeyPrefix != KeyPrefixes.SandboxInfo
            || parsed.OrgCode != call.Org.IdCode)
        {
            return SalesforceResults.NotFound();
        }

        var sandbox = connection.ScalarString(
            """
            SELECT sandbox_name || '|' || license_type || '|' || auto_activate FROM sandbox_info
            WHERE seq = $seq AND org_no = $org
            """,
            ("$seq", parsed.Sequence),
            ("$org", call.Org.OrgNo))?.Split('|');
        if (sandbox is null)
        {
            return SalesforceResults.NotFound();
        }

        var (name, currentLicense, autoActivate) = (sandbox[0], sandbox[1], sandbox[2] == "1");
        var assignments = new List<(string Column, object? Value)>();
        foreach (var (field, value) in changes)
        {
            if (!UpdatableColumns.TryGetValue(field, out var column))
            {
                return SalesforceResults.Error(
                    StatusCodes.Status400BadRequest,
                    "INVALID_FIELD",
                    $"No such column '{field}' on sobject of type SandboxInfo");
            }

            object? converted = value.ValueKind switch
            {
                JsonValueKind.True => 1,
                JsonValueKind.False => 0,
                JsonValueKind.Number => value.GetInt64(),
                JsonValueKind.String => value.GetString(),
                _ => null,
            };
            assignments.Add((column, converted));
        }

        var license = changes.TryGetValue("LicenseType", out var requested) ? requested.ToString() : currentLicense;
        if (!Intervals.ContainsKey(license))
        {
            return SalesforceResults.Error(
                StatusCodes.Status400BadRequest,
                "INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST",
                $"License Type: bad value for restricted picklist field: {license}",
                "LicenseType");
        }

        if (changes.TryGetValue("AutoActivate", out var auto)
            && auto.ValueKind is JsonValueKind.True or JsonValueKind.False)
        {
            autoActivate = auto.ValueKind == JsonValueKind.True;
        }

        var refusal = Refusal(connection, parsed.Sequence, name, currentLicense, call.Now);
        if (refusal is not null)
        {
            EmulatorLog.SandboxRefreshRefused(logger, name, refusal);
            return SalesforceResults.Error(StatusCodes.Status400BadRequest, "FIELD_INTEGRITY_EXCEPTION", refusal);
        }

        foreach (var (column, value) in assignments)
        {
            connection.Execute(
                $"UPDATE sandbox_info SET {column} = $value WHERE seq = $seq",
                ("$value", value),
                ("$seq", parsed.Sequence));
        }

        var duration = (long)(options.RefreshSeconds * 1000);
        connection.Execute(
            """
            UPDATE sandbox_info SET modified = $now WHERE seq = $seq;
            INSERT INTO sandbox_process (sandbox_info_seq, org_no, sandbox_org_no, sandbox_name, license_type,
                                         auto_activate, description, created, duration)
            SELECT seq, org_no, sandbox_org_no, sandbox_name, $license, $auto, description, $now, $duration
            FROM sandbox_info WHERE seq = $seq;
            """,
            ("$now", call.Now),
            ("$seq", parsed.Sequence),
            ("$license", license),
            ("$auto", autoActivate ? 1 : 0),
            ("$duration", duration));
        EmulatorLog.SandboxRefreshStarted(logger, name, license, options.RefreshSeconds);
        return Results.NoContent();
    }

    /// <summary>Why Salesforce would refuse a refresh now, or null when it may start.</summary>
    private static string? Refusal(SqliteConnection connection, long sandboxSeq, string name, string license, long now)
    {
        using var command = connection.Command(
            $"""
            SELECT p.created, {SandboxProcessSql.IsRunning} FROM sandbox_process p
            WHERE p.sandbox_info_seq = $seq ORDER BY p.created DESC, p.seq DESC LIMIT 1
            """,
            ("$seq", sandboxSeq),
            ("$now", now));
        using var reader = command.ExecuteReader();
        if (!reader.Read())
        {
            return null;
        }

        var lastStarted = reader.GetInt64(0);
        if (reader.GetInt64(1) != 0)
        {
            return $"Sandbox {name} is already being copied. Wait until the copy finishes before you refresh it again.";
        }

        var (label, days) = Intervals[license];
        var allowedFrom = lastStarted + (long)TimeSpan.FromDays(days).TotalMilliseconds;
        return now >= allowedFrom
            ? null
            : $"You can't refresh sandbox {name} until {SalesforceTime.DateTime(allowedFrom)}. "
              + $"A {label} sandbox can be refreshed once every {days} day{(days == 1 ? "" : "s")}.";
    }
}
