using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using Runbook.Emulator.Hosting;
using Runbook.Emulator.Storage;

namespace Runbook.Emulator.Salesforce;

/// <summary>
/// Bulk API 2.0 ingest jobs for delete and hardDelete: create, upload one CSV, close (which does the work), poll,
/// read results, abort, delete. Insert, update and upsert jobs are refused: the runbook only deletes.
/// </summary>
internal static class BulkIngestEndpoints
{
    private const int ProcessingBatch = 5000;
    private static readonly string[] UnsupportedOperations = ["insert", "update", "upsert"];

    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapPost("/jobs/ingest", (Func<HttpContext, Task<IResult>>)CreateAsync);
        api.MapGet("/jobs/ingest", (HttpContext http) => List(http));
        api.MapGet("/jobs/ingest/{jobId}", (HttpContext http, string jobId) => Info(http, jobId));
        api.MapPut("/jobs/ingest/{jobId}/batches", (HttpContext http, string jobId) => UploadAsync(http, jobId));
        api.MapPatch("/jobs/ingest/{jobId}", (HttpContext http, string jobId) => ChangeStateAsync(http, jobId));
        api.MapDelete("/jobs/ingest/{jobId}", (HttpContext http, string jobId) => Delete(http, jobId));
        foreach (var (resource, kind) in new[]
        {
            ("successfulResults", ResultKind.Successful),
            ("failedResults", ResultKind.Failed),
            ("unprocessedrecords", ResultKind.Unprocessed),
        })
        {
            api.MapGet(
                $"/jobs/ingest/{{jobId}}/{resource}",
                (HttpContext http, string jobId) => ResultFile(http, jobId, kind));
        }
    }

    private static async Task<IResult> CreateAsync(HttpContext http)
    {
        var request = await ReadObjectAsync(http);
        if (request is null)
        {
            return SalesforceResults.Error(
                StatusCodes.Status400BadRequest,
                "JSON_PARSER_ERROR",
                "The request body is not a JSON object.");
        }

        var call = SalesforceCall.From(http);
        var operation = Text(request, "operation");
        var objectName = Text(request, "object");
        var lineEnding = Text(request, "lineEnding") ?? "LF";
        if (UnsupportedOperations.Contains(operation))
        {
            return InvalidJob($"InvalidJob : the emulator supports only delete and hardDelete jobs, not {operation}");
        }

        if (operation is not ("delete" or "hardDelete"))
        {
            return InvalidJob($"InvalidJob : Invalid operation: {operation}");
        }

        var type = objectName is null ? null : RecordObjects.FindByName(objectName);
        if (type is null)
        {
            return SalesforceResults.Error(
                StatusCodes.Status404NotFound,
                "NOT_FOUND",
                $"sObject type '{objectName}' is not supported.");
        }

        if ((Text(request, "contentType") ?? "CSV") != "CSV"
            || (Text(request, "columnDelimiter") ?? "COMMA") != "COMMA"
            || lineEnding is not ("LF" or "CRLF"))
        {
            return InvalidJob(
                "InvalidJob : the emulator accepts only CSV with COMMA delimiters and LF or CRLF line endings");
        }

        if (operation == "hardDelete" && !call.Org.HardDeletePermission)
        {
            return SalesforceResults.Error(
                StatusCodes.Status400BadRequest,
                "FEATURENOTENABLED",
                "hardDelete operation requires special user profile permission, "
                + "please contact your system administrator");
        }

        var services = http.RequestServices;
        var duration = (long)(services.GetRequiredService<EmulatorOptions>().BulkJobSeconds * 1000);
        var job = services.GetRequiredService<EmulatorDatabase>().Write(connection =>
        {
            var seq = BulkJobStore.Create(
                connection,
                call.Org.OrgNo,
                type.Name,
                operation,
                call.Version[1..],
                lineEnding,
                duration,
                call.Now);
            var id = SalesforceId.Format(KeyPrefixes.BulkJob, call.Org.IdCode, seq);
            return BulkJobStore.Find(connection, call.Org, id)!;
        });
        return SalesforceResults.Json(job.ToJson(call.Org, call.Now));
    }

    private static IResult List(HttpContext http)
    {
        var call = SalesforceCall.From(http);
        var jobs = http.RequestServices.GetRequiredService<EmulatorDatabase>()
            .Read(connection => BulkJobStore.All(connection, call.Org.OrgNo));
        var records = new JsonArray();
        foreach (var job in jobs)
        {
            records.Add(job.ToJson(call.Org, call.Now));
        }

        return SalesforceResults.Json(new JsonObject
        {
            ["done"] = true,
            ["records"] = records,
            ["nextRecordsUrl"] = null,
        });
    }

    private static IResult Info(HttpContext http, string jobId)
    {
        var call = SalesforceCall.From(http);
        var job = http.RequestServices.GetRequiredService<EmulatorDatabase>()
            .Read(connection => BulkJobStore.Find(connection, call.Org, jobId));
        return job is null ? SalesforceResults.NotFound() : SalesforceResults.Json(job.ToJson(call.Org, call.Now));
    }

    private static async Task<IResult> UploadAsync(HttpContext http, string jobId)
    {
        var call = SalesforceCall.From(http);
        if (!(http.Request.ContentType ?? "").StartsWith("text/csv", StringComparison.OrdinalIgnoreCase))
        {
            return InvalidJob("InvalidJob : Content-Type must be text/csv");
        }

        return await http.RequestServices.GetRequiredService<EmulatorDatabase>().WriteStreamingAsync(async connection =>
        {
            var job = BulkJobStore.Find(connection, call.Org, jobId);
            if (job is null)
            {
                return SalesforceResults.NotFound();
            }

            if (job.StoredState != "Open")
            {
                return WrongState($"Job {jobId} is not open for uploads: its state is {job.State(call.Now)}.");
            }

            if (job.Uploaded)
            {
                return WrongState(
                    $"Found multiple contents for job: <{jobId}>, please 'Close' / 'Abort' / 'Delete' the current Job "
                    + "then create a new Job and make sure you only do 'PUT' once on a given Job.");
            }

            var header = await StoreRowsAsync(connection, job, http.Request.Body, http.RequestAborted);
            connection.Execute(
                "UPDATE bulk_jobs SET uploaded = 1, header = $header, modified = $now WHERE seq = $seq",
                ("$header", header),
                ("$now", call.Now),
                ("$seq", job.Seq));
            return Results.StatusCode(StatusCodes.Status201Created);
        });
    }

    /// <summary>Stores each data line with its Id value; the original line is kept for the result files.</summary>
    private static async Task<string?> StoreRowsAsync(
        SqliteConnection connection,
        BulkJob job,
        Stream body,
        CancellationToken ct)
    {
        using var reader = new StreamReader(body, Encoding.UTF8);
        var header = await reader.ReadLineAsync(ct);
        while (header is not null && header.Trim().Length == 0)
        {
            header = await reader.ReadLineAsync(ct);
        }

        if (header is null)
        {
            return null;
        }

        var idColumn = IdColumn(header);
        using var insert = connection.Command(
            "INSERT INTO bulk_rows (job_seq, row_no, record_id, line) VALUES ($job, $row, $id, $line)",
            ("$job", job.Seq),
            ("$row", 0L),
            ("$id", ""),
            ("$line", ""));
        insert.Prepare();

        var rowNo = 0L;
        while (await reader.ReadLineAsync(ct) is { } line)
        {
            if (line.Trim().Length == 0)
            {
                continue;
            }

            var values = CsvLine.Split(line);
            insert.Parameters["$row"].Value = ++rowNo;
            insert.Parameters["$id"].Value = idColumn >= 0 && idColumn < values.Count ? values[idColumn].Trim() : "";
            insert.Parameters["$line"].Value = line;
            insert.ExecuteNonQuery();
        }

        return header;
    }

    private static async Task<IResult> ChangeStateAsync(HttpContext http, string jobId)
    {
        var request = await ReadObjectAsync(http);
        var requested = request is null ? null : Text(request, "state");
        if (requested is not ("UploadComplete" or "Aborted"))
        {
            return InvalidJob($"InvalidJob : Invalid state: {requested}");
        }

        var call = SalesforceCall.From(http);
        var services = http.RequestServices;
        var faults = services.GetRequiredService<FaultInjector>();
        var logger = services.GetRequiredService<ILogger<EmulatorServer>>();
        return services.GetRequiredService<EmulatorDatabase>().Write(connection =>
        {
            var job = BulkJobStore.Find(connection, call.Org, jobId);
            if (job is null)
            {
                return SalesforceResults.NotFound();
            }

            if (requested == "Aborted")
            {
                if (job.IsFinished(call.Now))
                {
                    return WrongState($"Job {jobId} has already finished: its state is {job.State(call.Now)}.");
                }

                connection.Execute(
                    "UPDATE bulk_jobs SET state = 'Aborted', modified = $now WHERE seq = $seq",
                    ("$now", call.Now),
                    ("$seq", job.Seq));
            }
            else
            {
                if (job.StoredState != "Open")
                {
                    return WrongState($"Job {jobId} cannot be closed: its state is {job.State(call.Now)}.");
                }

                Process(connection, call, job, faults, logger);
            }

            return SalesforceResults.Json(BulkJobStore.Find(connection, call.Org, jobId)!.ToJson(call.Org, call.Now));
        });
    }

    /// <summary>Deletes every uploaded id now, inside the closing request's transaction.</summary>
    private static void Process(
        SqliteConnection connection,
        SalesforceCall call,
        BulkJob job,
        FaultInjector faults,
        ILogger logger)
    {
        var jobId = job.Id(call.Org);
        string? failure = null;
        if (!job.Uploaded || job.Header is null)
        {
            failure = "InvalidBatch : No data was uploaded for this job";
        }
        else if (IdColumn(job.Header) < 0)
        {
            failure = "InvalidBatch : Field name not found : Id (a delete job needs an Id column)";
        }

        long processed = 0, failed = 0;
        if (failure is null)
        {
            (processed, failed) = DeleteRows(connection, call, job, faults);
            EmulatorLog.BulkJobProcessed(logger, jobId, job.Operation, job.Object, processed, failed);
        }
        else
        {
            EmulatorLog.BulkJobFailed(logger, jobId, failure);
        }

        connection.Execute(
            """
            UPDATE bulk_jobs SET state = 'UploadComplete', upload_complete = $now, modified = $now,
                                 processed = $processed, failed = $failed, error_message = $error
            WHERE seq = $seq
            """,
            ("$now", call.Now),
            ("$processed", processed),
            ("$failed", failed),
            ("$error", failure),
            ("$seq", job.Seq));
    }

    private static (long Processed, long Failed) DeleteRows(
        SqliteConnection connection,
        SalesforceCall call,
        BulkJob job,
        FaultInjector faults)
    {
        var type = RecordObjects.FindByName(job.Object)!;
        using var deleter = new RecordDeleter(connection, call.Org, job.Operation == "hardDelete", faults, call.Now);
        using var select = connection.Command(
            """
            SELECT row_no, record_id FROM bulk_rows
            WHERE job_seq = $job AND row_no > $after ORDER BY row_no LIMIT $batch
            """,
            ("$job", job.Seq),
            ("$after", 0L),
            ("$batch", ProcessingBatch));
        using var markFailed = connection.Command(
            "UPDATE bulk_rows SET error = $error WHERE job_seq = $job AND row_no = $row",
            ("$error", ""),
            ("$job", job.Seq),
            ("$row", 0L));

        long processed = 0, failed = 0, after = 0;
        while (true)
        {
            // Read a batch, then write: never update the table under an open reader of it.
            select.Parameters["$after"].Value = after;
            var batch = new List<(long Row, string Id)>();
            using (var reader = select.ExecuteReader())
            {
                while (reader.Read())
                {
                    batch.Add((reader.GetInt64(0), reader.GetString(1)));
                }
            }

            if (batch.Count == 0)
            {
                return (processed, failed);
            }

            foreach (var (row, id) in batch)
            {
                processed++;
                var outcome = deleter.Delete(id, type);
                if (!outcome.Success)
                {
                    failed++;
                    markFailed.Parameters["$error"].Value = outcome.BulkError;
                    markFailed.Parameters["$row"].Value = row;
                    markFailed.ExecuteNonQuery();
                }
            }

            after = batch[^1].Row;
        }
    }

    private static IResult Delete(HttpContext http, string jobId)
    {
        var call = SalesforceCall.From(http);
        return http.RequestServices.GetRequiredService<EmulatorDatabase>().Write(connection =>
        {
            var job = BulkJobStore.Find(connection, call.Org, jobId);
            if (job is null)
            {
                return SalesforceResults.NotFound();
            }

            if (job.State(call.Now) is "InProgress" or "UploadComplete")
            {
                return WrongState($"Job {jobId} is still being processed and cannot be deleted.");
            }

            connection.Execute(
                "DELETE FROM bulk_rows WHERE job_seq = $seq; DELETE FROM bulk_jobs WHERE seq = $seq;",
                ("$seq", job.Seq));
            return Results.NoContent();
        });
    }

    private static IResult ResultFile(HttpContext http, string jobId, ResultKind kind)
    {
        var call = SalesforceCall.From(http);
        var database = http.RequestServices.GetRequiredService<EmulatorDatabase>();
        var job = database.Read(connection => BulkJobStore.Find(connection, call.Org, jobId));
        if (job is null)
        {
            return SalesforceResults.NotFound();
        }

        var state = job.State(call.Now);
        if (state is "Open" or "UploadComplete" or "InProgress")
        {
            return WrongState($"Job {jobId} has not finished: its state is {state}.");
        }

        // A job that failed before processing, or was aborted while open, processed nothing.
        var processedNothing = job.ErrorMessage is not null || job.UploadComplete is null;
        return Results.Stream(
            stream => WriteResultsAsync(stream, database, job, kind, processedNothing),
            "text/csv");
    }

    private static async Task WriteResultsAsync(
        Stream stream,
        EmulatorDatabase database,
        BulkJob job,
        ResultKind kind,
        bool processedNothing)
    {
        var lineEnding = job.LineEnding == "CRLF" ? "\r\n" : "\n";
        await using var writer = new StreamWriter(stream, new UTF8Encoding(false));
        var prefix = kind switch
        {
            ResultKind.Successful => "\"sf__Id\",\"sf__Created\",",
            ResultKind.Failed => "\"sf__Id\",\"sf__Error\",",
            _ => "",
        };
        await writer.WriteAsync(prefix + (job.Header ?? "Id") + lineEnding);

        if (processedNothing != (kind == ResultKind.Unprocessed))
        {
            return;
        }

        var filter = kind switch
        {
            ResultKind.Successful => "AND error IS NULL",
            ResultKind.Failed => "AND error IS NOT NULL",
            _ => "",
        };
        using var connection = database.Open();
        using var command = connection.Command(
            $"SELECT record_id, error, line FROM bulk_rows WHERE job_seq = $job {filter} ORDER BY row_no",
            ("$job", job.Seq));
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var line = kind switch
            {
                ResultKind.Successful => $"{CsvLine.Quote(reader.GetString(0))},\"false\",{reader.GetString(2)}",
                ResultKind.Failed =>
                    $"{CsvLine.Quote(reader.GetString(0))},{CsvLine.Quote(reader.GetString(1))},{reader.GetString(2)}",
                _ => reader.GetString(2),
            };
            await writer.WriteAsync(line + lineEnding);
        }
    }

    private static int IdColumn(string header) =>
        CsvLine.Split(header).FindIndex(c => string.Equals(c.Trim(), "Id", StringComparison.OrdinalIgnoreCase));

    private static async Task<JsonObject?> ReadObjectAsync(HttpContext http)
    {
        try
        {
            return await JsonNode.ParseAsync(http.Request.Body, cancellationToken: http.RequestAborted) as JsonObject;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? Text(JsonObject body, string property) =>
        body[property] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    private static IResult InvalidJob(string message) =>
        SalesforceResults.Error(StatusCodes.Status400BadRequest, "INVALIDJOB", message);

    private static IResult WrongState(string message) =>
        SalesforceResults.Error(StatusCodes.Status409Conflict, "INVALIDJOBSTATE", message);

    private enum ResultKind
    {
        Successful,
        Failed,
        Unprocessed,
    }
}
