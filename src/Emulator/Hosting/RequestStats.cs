using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Runbook.Emulator.Hosting;

/// <summary>
/// Counts the calls this server received (emulator-only routes excluded), including those answered with an
/// injected fault: a test asks "did plan send any mutating call", and an attempt counts even if it failed.
/// Counts live in memory and belong to one server process.
/// </summary>
internal sealed partial class RequestStats
{
    private readonly ConcurrentDictionary<string, long> _routes = new(StringComparer.Ordinal);
    private long _requests;
    private long _mutating;
    private long _faults;
    private long _drops;

    public void Record(string method, string path, bool mutating)
    {
        Interlocked.Increment(ref _requests);
        if (mutating)
        {
            Interlocked.Increment(ref _mutating);
        }

        _routes.AddOrUpdate(RouteKey(method, path), 1, (_, count) => count + 1);
    }

    public void RecordFault() => Interlocked.Increment(ref _faults);

    public void RecordDrop() => Interlocked.Increment(ref _drops);

    public void Reset()
    {
        _routes.Clear();
        Interlocked.Exchange(ref _requests, 0);
        Interlocked.Exchange(ref _mutating, 0);
        Interlocked.Exchange(ref _faults, 0);
        Interlocked.Exchange(ref _drops, 0);
    }

    public JsonObject ToJson()
    {
        var routes = new JsonObject();
        foreach (var (key, count) in _routes.OrderBy(r => r.Key, StringComparer.Ordinal))
        {
            routes[key] = count;
        }

        return new JsonObject
        {
            ["requests"] = Interlocked.Read(ref _requests),
            ["mutating"] = Interlocked.Read(ref _mutating),
            ["faults"] = Interlocked.Read(ref _faults),
            ["drops"] = Interlocked.Read(ref _drops),
            ["routes"] = routes,
        };
    }

    /// <summary>
    /// Method and path with ids replaced by {id}: record ids (15 or 18 letters and digits, at least one digit),
    /// query locators (an id followed by -offset) and Intacct-free paths stay as they are.
    /// </summary>
    public static string RouteKey(string method, string path)
    {
        var segments = path.TrimEnd('/').Split('/');
        for (var i = 0; i < segments.Length; i++)
        {
            if (IdSegment().IsMatch(segments[i]))
            {
                segments[i] = "{id}";
            }
        }

        return method + " " + string.Join('/', segments);
    }

    [GeneratedRegex("^(?=[A-Za-z]*[0-9])[A-Za-z0-9]{15}([A-Za-z0-9]{3})?(-[0-9]+)?$")]
    private static partial Regex IdSegment();
}
