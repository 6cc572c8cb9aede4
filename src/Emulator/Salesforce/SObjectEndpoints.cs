using System.Buffers;
using System.Text.Json;
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

        return SalesforceResults.Utf8Json(CollectionResults(outcomes, rolledBack));
    }

    /// <summary>
    /// One result per id, in the ids' order: written straight to UTF-8, as a delete step sends these calls many at
    /// a time and a node per value only made garbage.
    /// </summary>
    private static byte[] CollectionResults(List<DeleteOutcome> outcomes, bool rolledBack)
    {
        var buffer = new ArrayBufferWriter<byte>(outcomes.Count * 64 + 2);
        using (var writer = new Utf8JsonWriter(buffer, SalesforceResults.WriterOptions))
        {
            writer.WriteStartArray();
            foreach (var outcome in outcomes)
            {
                writer.WriteStartObject();
                writer.WriteString("id", outcome.Id);
                writer.WriteBoolean("success", outcome.Success && !rolledBack);
                writer.WriteStartArray("errors");
                if (!outcome.Success)
                {
                    WriteError(writer, outcome.StatusCode!, outcome.Message!);
                }
                else if (rolledBack)
                {
                    WriteError(
                        writer,
                        "ALL_OR_NONE_OPERATION_ROLLED_BACK",
                        "Record rolled back because not all records were valid and the request was using AllOrNone " +
                        "header");
                }

                writer.WriteEndArray();
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        return buffer.WrittenSpan.ToArray();
    }

    private static void WriteError(Utf8JsonWriter writer, string statusCode, string message)
    {
        writer.WriteStartObject();
        writer.WriteString("statusCode", statusCode);
        writer.WriteString("message", message);
        writer.WriteStartArray("fields");
        writer.WriteEndArray();
        writer.WriteEndObject();
    }
}
