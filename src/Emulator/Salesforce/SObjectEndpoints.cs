using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc;
using Runbook.Emulator.Hosting;
using Runbook.Emulator.Salesforce.Soql;
using Runbook.Emulator.Storage;

namespace Runbook.Emulator.Salesforce;

/// <summary>Single records (GET, DELETE) and the sObject Collections delete of up to 200 ids.</summary>
internal static class SObjectEndpoints
{
    public const int CollectionLimit = 200;

    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet(
            "/sobjects/{type}/{id}",
            (HttpContext http, string type, string id) => Retrieve(http, type, id, tooling: false));
        api.MapGet(
            "/tooling/sobjects/{type}/{id}",
            (HttpContext http, string type, string id) => Retrieve(http, type, id, tooling: true));
        api.MapDelete(
            "/sobjects/{type}/{id}",
            (HttpContext http, string type, string id) => DeleteOneAsync(http, type, id));
        api.MapDelete(
            "/composite/sobjects",
            (HttpContext http, [FromQuery] string? ids, [FromQuery] bool? allOrNone) =>
                DeleteCollectionAsync(http, ids, allOrNone ?? false));
    }

    private static IResult Retrieve(HttpContext http, string typeName, string id, bool tooling)
    {
        var call = SalesforceCall.From(http);
        var type = SObjectCatalog.Find(typeName, tooling);
        if (type?.IdField is null)
        {
            return SalesforceResults.NotFound();
        }

        try
        {
            var record = http.RequestServices.GetRequiredService<EmulatorDatabase>()
                .Read(connection => QueryEngine.Retrieve(connection, call, type, id));
            return record is null ? SalesforceResults.NotFound() : SalesforceResults.Json(record);
        }
        catch (SoqlException)
        {
            return SalesforceResults.NotFound();
        }
    }

    private static async Task<IResult> DeleteOneAsync(HttpContext http, string typeName, string id)
    {
        var call = SalesforceCall.From(http);
        var type = RecordObjects.FindByName(typeName);
        if (type is null)
        {
            return SalesforceResults.NotFound();
        }

        var outcome = await http.RequestServices.GetRequiredService<EmulatorDatabase>().WriteAsync(connection =>
        {
            using var deleter = new RecordDeleter(
                connection,
                call.Org,
                hard: false,
                http.RequestServices.GetRequiredService<FaultInjector>(),
                call.Now);
            return deleter.Delete(id, type);
        });

        return outcome switch
        {
            { Success: true } => Results.NoContent(),
            { StatusCode: "ENTITY_IS_DELETED" } =>
                SalesforceResults.Error(StatusCodes.Status404NotFound, "ENTITY_IS_DELETED", "entity is deleted"),
            { StatusCode: "UNABLE_TO_LOCK_ROW" } =>
                SalesforceResults.Error(StatusCodes.Status400BadRequest, "UNABLE_TO_LOCK_ROW", outcome.Message!),
            _ => SalesforceResults.NotFound(),
        };
    }

    private static async Task<IResult> DeleteCollectionAsync(HttpContext http, string? idList, bool allOrNone)
    {
        var call = SalesforceCall.From(http);
        var ids = (idList ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (ids.Length == 0)
        {
            return SalesforceResults.Error(
                StatusCodes.Status400BadRequest,
                "MISSING_ARGUMENT",
                "ids parameter not specified");
        }

        if (ids.Length > CollectionLimit)
        {
            return SalesforceResults.Error(
                StatusCodes.Status400BadRequest,
                "EXCEEDED_ID_LIMIT",
                $"record limit reached. cannot submit more than {CollectionLimit} records into this call",
                "ids");
        }

        var services = http.RequestServices;
        var outcomes = await services.GetRequiredService<EmulatorDatabase>().WriteOrRollBackAsync(connection =>
        {
            using var deleter = new RecordDeleter(
                connection,
                call.Org,
                hard: false,
                services.GetRequiredService<FaultInjector>(),
                call.Now);
            var outcomes = deleter.DeleteAll(ids);
            var commit = !allOrNone || outcomes.All(o => o.Success);
            return (outcomes, commit);
        });

        var rolledBack = allOrNone && outcomes.Any(o => !o.Success);
        EmulatorLog.CollectionDeleted(
            services.GetRequiredService<ILogger<EmulatorServer>>(),
            call.Org.Key,
            rolledBack ? 0 : outcomes.Count(o => o.Success),
            outcomes.Count(o => !o.Success));

        var results = new JsonArray();
        foreach (var outcome in outcomes)
        {
            results.Add(Result(outcome, rolledBack));
        }

        return SalesforceResults.Json(results);
    }

    private static JsonObject Result(DeleteOutcome outcome, bool rolledBack)
    {
        var errors = new JsonArray();
        if (!outcome.Success)
        {
            errors.Add(Error(outcome.StatusCode!, outcome.Message!));
        }
        else if (rolledBack)
        {
            errors.Add(Error(
                "ALL_OR_NONE_OPERATION_ROLLED_BACK",
                "Record rolled back because not all records were valid and the request was using AllOrNone header"));
        }

        return new JsonObject
        {
            ["id"] = outcome.Id,
            ["success"] = errors.Count == 0,
            ["errors"] = errors,
        };
    }

    private static JsonObject Error(string statusCode, string message) => new()
    {
        ["statusCode"] = statusCode,
        ["message"] = message,
        ["fields"] = new JsonArray(),
    };
}
