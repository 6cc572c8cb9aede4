using Microsoft.Diagnostics.Tracing;

// Lists the types a process loaded, from the runtime's TypeLoad events in an EventPipe trace, so that two
// traces (say `runbook check` and a program whose Main returns at once) can be compared: what one loads and
// the other does not is the first-use cost of start-up. How to record a trace is in benchmarks/README.md.
//
//   typeloads TRACE.nettrace            a count, then the namespaces that loaded the most types
//   typeloads TRACE.nettrace --names    every type's name, one a line, sorted (for comm or diff)

if (args.Length is < 1 or > 2 || (args.Length == 2 && args[1] != "--names"))
{
    Console.Error.WriteLine("usage: typeloads TRACE.nettrace [--names]");
    return 2;
}

if (!File.Exists(args[0]))
{
    Console.Error.WriteLine($"typeloads: '{args[0]}' does not exist; record a trace first (benchmarks/README.md).");
    return 2;
}

var names = new List<string>();
using (var source = new EventPipeEventSource(args[0]))
{
    source.Clr.TypeLoadStop += loaded => names.Add(loaded.TypeName);
    source.Process();
}

names.Sort(StringComparer.Ordinal);
if (args.Length == 2)
{
    foreach (var name in names)
    {
        Console.WriteLine(name);
    }

    return 0;
}

Console.WriteLine($"{names.Count} types loaded");
foreach (var group in names.GroupBy(Namespace).OrderByDescending(group => group.Count()).Take(25))
{
    Console.WriteLine($"{group.Count(),6}  {group.Key}");
}

return 0;

// The namespace of a type's name, with generic instantiations counted under their generic type's namespace:
// "System.Collections.Generic.List`1<Runbook.Engine.Syntax.SyntaxToken>" counts as System.Collections.Generic.
static string Namespace(string typeName)
{
    var end = typeName.IndexOfAny(['<', '[', '`', '+']);
    var plain = end < 0 ? typeName : typeName[..end];
    var lastDot = plain.LastIndexOf('.');
    return lastDot < 0 ? "(global)" : plain[..lastDot];
}
