using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;

namespace Runbook.ApiCost;

/// <summary>
/// Records when each call of the client started and ended (a handler in front of the real transport), to see
/// where a run loses time: how many calls were in flight, and the gaps in which fewer than the allowed number
/// were. This is the profile behind the wall-time table.
/// </summary>
internal sealed class CallTimeline
{
    private readonly ConcurrentQueue<(string Call, long Start, long End)> _calls = new();
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private ProcessCost _start;
    private ProcessCost? _end;

    public HttpMessageHandler Wrap(HttpMessageHandler inner) => new Recorder(this, inner);

    /// <summary>Forgets the calls so far and starts counting the process's CPU time and collections anew.</summary>
    public void Clear()
    {
        _calls.Clear();
        _end = null;
        _start = ProcessCost.Now();
    }

    /// <summary>Ends the measured span: what the process spent since <see cref="Clear"/>.</summary>
    public void Stop() => _end = ProcessCost.Now();

    /// <summary>
    /// Time-weighted share of the run spent with k calls in flight, and the span from the first call to the
    /// last; deletes and query pages counted separately.
    /// </summary>
    public string Summarize(int parallelism)
    {
        var calls = _calls.ToArray();
        if (calls.Length == 0)
        {
            return "no calls";
        }

        var events = calls.SelectMany(c => new[] { (At: c.Start, Delta: 1, c.Call), (At: c.End, Delta: -1, c.Call) })
            .OrderBy(e => e.At).ThenBy(e => e.Delta).ToArray();
        var deletesInFlight = 0;
        var queriesInFlight = 0;
        var timeAt = new double[parallelism + 2];
        var queryOnly = 0.0;
        for (var i = 0; i < events.Length - 1; i++)
        {
            if (events[i].Call.StartsWith("DELETE", StringComparison.Ordinal))
            {
                deletesInFlight += events[i].Delta;
            }
            else
            {
                queriesInFlight += events[i].Delta;
            }

            var span = Ms(events[i + 1].At - events[i].At);
            timeAt[Math.Min(deletesInFlight, parallelism + 1)] += span;
            if (deletesInFlight == 0 && queriesInFlight > 0)
            {
                queryOnly += span;
            }
        }

        var total = Ms(events[^1].At - events[0].At);
        var text = new StringBuilder();
        text.Append($"first call to last answer {total:0} ms; deletes in flight: ");
        for (var k = 0; k <= parallelism; k++)
        {
            text.Append($"{k}: {timeAt[k]:0} ms{(k < parallelism ? ", " : "")}");
        }

        text.Append($"; only a query page in flight: {queryOnly:0} ms");
        var deletes = calls.Where(c => c.Call.StartsWith("DELETE", StringComparison.Ordinal)).ToArray();
        var queries = calls.Where(c => !c.Call.StartsWith("DELETE", StringComparison.Ordinal)).ToArray();
        text.Append(
            $"; mean call: delete {deletes.Select(c => Ms(c.End - c.Start)).DefaultIfEmpty().Average():0.0} ms, ");
        text.Append($"query page {queries.Select(c => Ms(c.End - c.Start)).DefaultIfEmpty().Average():0.0} ms");
        if (_end is { } end)
        {
            // The client, the emulator and the harness share this process: its CPU time is the work of all three.
            text.Append($"; process: CPU {(end.Cpu - _start.Cpu).TotalMilliseconds:0} ms, ");
            text.Append($"{end.Collections - _start.Collections} GCs pausing ");
            text.Append($"{(end.Paused - _start.Paused).TotalMilliseconds:0} ms");
        }

        return text.ToString();
    }

    /// <summary>The mean duration of the recorded calls: the latency plus the emulator's own service time.</summary>
    public TimeSpan MeanCall()
    {
        var calls = _calls.ToArray();
        return calls.Length == 0 ? TimeSpan.Zero : TimeSpan.FromMilliseconds(calls.Average(c => Ms(c.End - c.Start)));
    }

    private static double Ms(long ticks) => ticks * 1000.0 / Stopwatch.Frequency;

    private readonly record struct ProcessCost(TimeSpan Cpu, int Collections, TimeSpan Paused)
    {
        public static ProcessCost Now()
        {
            using var process = Process.GetCurrentProcess();
            return new(process.TotalProcessorTime, GC.CollectionCount(0), GC.GetTotalPauseDuration());
        }
    }

    private sealed class Recorder(CallTimeline timeline, HttpMessageHandler inner) : DelegatingHandler(inner)
    {
        protected override async Task<HttpResponseMessage> SendAsync(
            HttpRequestMessage request,
            CancellationToken cancellationToken)
        {
            var start = timeline._clock.ElapsedTicks;
            var response = await base.SendAsync(request, cancellationToken);

            // The body is part of the call: a query page is not usable before it is read.
            await response.Content.LoadIntoBufferAsync(cancellationToken);
            var call = request.Method.Method + " " + request.RequestUri?.AbsolutePath;
            if (!call.Contains("/oauth2/", StringComparison.Ordinal))
            {
                timeline._calls.Enqueue((call, start, timeline._clock.ElapsedTicks));
            }

            return response;
        }
    }
}
