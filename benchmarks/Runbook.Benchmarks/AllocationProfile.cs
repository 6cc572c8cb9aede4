using System.Diagnostics.Tracing;
using Runbook.Benchmarks.Inputs;

namespace Runbook.Benchmarks;

/// <summary>
/// Which types a stage allocates most, by bytes: the runtime reports a sample of allocations (one about every
/// 100 KB, with the type that crossed the mark), which is enough to rank the big spenders. There is no
/// dotnet-trace here, so the events are read in process.
/// </summary>
internal static class AllocationProfile
{
    public static int Run(string[] args)
    {
        if (args.Length != 2 || !int.TryParse(args[1], out var steps))
        {
            Console.Error.WriteLine("usage: --allocations lex|parse|bind STEPS");
            return 2;
        }

        var corpus = InputCorpus.For(steps);
        var stage = ProfilingLoop.Stage(args[0], corpus);
        GC.KeepAlive(stage());

        // The exact count, from the runtime's own counter; the sampled ranking below only approximates it.
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        GC.KeepAlive(stage());
        var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;

        // What the result keeps alive, which the collector copies and later stages read back from memory.
        var heldBefore = GC.GetTotalMemory(forceFullCollection: true);
        var result = stage();
        var kept = GC.GetTotalMemory(forceFullCollection: true) - heldBefore;
        GC.KeepAlive(result);

        using var listener = new AllocationListener();
        for (var run = 0; run < 10; run++)
        {
            GC.KeepAlive(stage());
        }

        var total = listener.Bytes.Values.Sum();
        Console.WriteLine($"{args[0]} at {steps} steps: {allocated:N0} bytes allocated in one run, " +
            $"{(double)allocated / corpus.Bytes:N3} B per input byte; the result keeps {kept:N0} bytes, " +
            $"{(double)kept / corpus.Bytes:N3} B per input byte");
        Console.WriteLine("sampled bytes by type, 10 runs:");
        foreach (var (type, bytes) in listener.Bytes.OrderByDescending(pair => pair.Value).Take(30))
        {
            var perInputByte = (double)bytes / corpus.Bytes / 10;
            Console.WriteLine($"{100.0 * bytes / total,6:N1} %  {perInputByte,6:N2} B/byte  {type}");
        }

        return 0;
    }

    private sealed class AllocationListener : EventListener
    {
        private const EventKeywords GcKeyword = (EventKeywords)0x1;

        public Dictionary<string, long> Bytes { get; } = [];

        protected override void OnEventSourceCreated(EventSource eventSource)
        {
            if (eventSource.Name == "Microsoft-Windows-DotNETRuntime")
            {
                EnableEvents(eventSource, EventLevel.Verbose, GcKeyword);
            }
        }

        protected override void OnEventWritten(EventWrittenEventArgs eventData)
        {
            if (!eventData.EventName?.StartsWith("GCAllocationTick", StringComparison.Ordinal) ?? true)
            {
                return;
            }

            var names = eventData.PayloadNames!;
            var type = (string)eventData.Payload![names.IndexOf("TypeName")]!;
            var amount = Convert.ToInt64(eventData.Payload[names.IndexOf("AllocationAmount64")]);
            lock (Bytes)
            {
                Bytes[type] = Bytes.GetValueOrDefault(type) + amount;
            }
        }
    }
}
