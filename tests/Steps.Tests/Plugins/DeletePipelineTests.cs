using System.Collections.Concurrent;
using Runbook.Engine.Plugins;
using Runbook.Steps.Plugins.Salesforce;
using Runbook.Steps.Tests.Plugins.Support;

namespace Runbook.Steps.Tests.Plugins;

/// <summary>
/// How a collections delete keeps its calls in flight: query pages are read ahead of the deletes, within a
/// bound, so that a page fetch never stalls the delete slots.
/// </summary>
public sealed class DeletePipelineTests
{
    private const string Invoices = "ia_crm__Sales_Invoice__c";
    private const string Contracts = "ia_crm__Contract__c";

    // Long enough for any machine; only a step that never sends the awaited request while deleting waits it out.
    private static readonly TimeSpan Deadlock = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task The_next_query_page_is_requested_while_the_first_delete_is_in_flight()
    {
        // 2,500 invoices: two query pages. The first delete is held until the second page has been asked for;
        // a step that reads pages in step with its deletes never asks, and the held delete gives up.
        await using var world = await EmulatorWorld.StartAsync(options => options with { Records = 5000 });
        var events = new ConcurrentQueue<string>();
        var nextPageRequested = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var crm = await world.OpenSalesforceAsync(
            sandbox: true,
            ConnectionMode.ReadWrite,
            transport: inner => new HoldingHandler(
                inner,
                events,
                nextPageRequested,
                request => request.RequestUri!.AbsolutePath.Contains("/query/", StringComparison.Ordinal)));
        var step = new DeleteRecordsStep(world.Options);
        var values = new Dictionary<string, object?>
        {
            ["org"] = crm,
            ["objects"] = Attributes.List(Invoices),
            ["parallelism"] = 1L,
            ["bulk_threshold"] = 10_000L,
        };
        var plan = await step.PlanAsync(world.PlanContext(step, "clear", values), default);

        var outcome = await step.ExecuteAsync(world.ExecutionContext(step, "clear", values, plan), default);

        Assert.Equal(2500L, outcome.Outputs["deleted_records"]);
        Assert.Equal(0, await world.LiveCountAsync("uat", Invoices));
        var order = events.ToList();
        Assert.True(
            order.IndexOf("awaited request") < order.IndexOf("first delete answered"),
            string.Join(", ", order));
    }

    [Fact]
    public async Task The_next_objects_ids_are_requested_while_the_previous_objects_deletes_are_in_flight()
    {
        // 500 invoices, then 500 contracts. The first invoice delete is held until the contracts' query has been
        // sent: a step that reads an object's ids only once the previous object is deleted never sends it.
        await using var world = await EmulatorWorld.StartAsync();
        var events = new ConcurrentQueue<string>();
        var contractsQueried = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var crm = await world.OpenSalesforceAsync(
            sandbox: true,
            ConnectionMode.ReadWrite,
            transport: inner => new HoldingHandler(
                inner,
                events,
                contractsQueried,
                request => Uri.UnescapeDataString(request.RequestUri!.Query)
                    .Contains($"SELECT Id FROM {Contracts}", StringComparison.Ordinal)));
        var step = new DeleteRecordsStep(world.Options);
        var values = new Dictionary<string, object?>
        {
            ["org"] = crm,
            ["objects"] = Attributes.List(Invoices, Contracts),
            ["parallelism"] = 1L,
        };
        var plan = await step.PlanAsync(world.PlanContext(step, "clear", values), default);
        var checkpoints = new MemoryCheckpoints();

        var outcome = await step.ExecuteAsync(
            world.ExecutionContext(step, "clear", values, plan, checkpoints),
            default);

        Assert.Equal(1000L, outcome.Outputs["deleted_records"]);
        Assert.Equal(0, await world.LiveCountAsync("uat", Invoices));
        Assert.Equal(0, await world.LiveCountAsync("uat", Contracts));
        var order = events.ToList();
        Assert.True(
            order.IndexOf("awaited request") < order.IndexOf("first delete answered"),
            string.Join(", ", order));

        // Deleting keeps the objects' order: every invoice batch is recorded before the first contract batch.
        var writes = checkpoints.Writes.ToList();
        Assert.True(
            writes.LastIndexOf(DeleteRecordsStep.DeletedCheckpoint + Invoices)
                < writes.IndexOf(DeleteRecordsStep.DeletedCheckpoint + Contracts),
            string.Join(", ", writes));
    }

    [Fact]
    public async Task Read_ahead_yields_every_item_in_order()
    {
        await using var readAhead = ReadAhead<int>.Start(Numbers(int.MaxValue).Take(50), capacity: 4, default);

        var items = await readAhead.Items(default).ToListAsync();

        Assert.Equal(Enumerable.Range(1, 50), items);
    }

    [Fact]
    public async Task A_failing_source_fails_the_consumer_after_the_items_before_the_failure()
    {
        var failure = new InvalidOperationException("query page 2 failed");
        await using var readAhead = ReadAhead<int>.Start(Failing(failure), capacity: 4, default);
        var seen = new List<int>();

        var thrown = await Assert.ThrowsAsync<InvalidOperationException>(async () =>
        {
            await foreach (var item in readAhead.Items(default))
            {
                seen.Add(item);
            }
        });

        Assert.Same(failure, thrown);
        Assert.Equal([1, 2], seen);
    }

    [Fact]
    public async Task Read_ahead_stops_at_its_capacity_and_disposing_ends_the_reader()
    {
        // Nobody consumes: the reader fills the buffer, reads one more item, and waits for room.
        var pulled = 0;
        var full = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var source = Numbers(int.MaxValue, onPulled: count =>
        {
            pulled = count;
            if (count == 5)
            {
                full.SetResult();
            }
        });
        var readAhead = ReadAhead<int>.Start(source, capacity: 4, default);
        await full.Task.WaitAsync(Deadlock);

        await readAhead.DisposeAsync();

        Assert.Equal(5, Volatile.Read(ref pulled));
    }

    private static async IAsyncEnumerable<int> Numbers(int count, Action<int>? onPulled = null)
    {
        for (var i = 1; i <= count; i++)
        {
            await Task.Yield();
            onPulled?.Invoke(i);
            yield return i;
        }
    }

    private static async IAsyncEnumerable<int> Failing(Exception failure)
    {
        await Task.Yield();
        yield return 1;
        yield return 2;
        throw failure;
    }

    /// <summary>Holds the first delete until an awaited request has been sent, and notes the order.</summary>
    private sealed class HoldingHandler(
        HttpMessageHandler inner,
        ConcurrentQueue<string> events,
        TaskCompletionSource awaitedRequestSent,
        Func<HttpRequestMessage, bool> isAwaited) : DelegatingHandler(inner)
    {
        private int _deletes;

        protected override async Task<HttpResponseMessage> SendAsync(
            HttpRequestMessage request,
            CancellationToken cancellationToken)
        {
            if (request.Method == HttpMethod.Get && isAwaited(request))
            {
                events.Enqueue("awaited request");
                awaitedRequestSent.TrySetResult();
            }

            if (request.Method != HttpMethod.Delete || Interlocked.Increment(ref _deletes) != 1)
            {
                return await base.SendAsync(request, cancellationToken);
            }

            await awaitedRequestSent.Task.WaitAsync(Deadlock, cancellationToken);
            var response = await base.SendAsync(request, cancellationToken);
            events.Enqueue("first delete answered");
            return response;
        }
    }
}
