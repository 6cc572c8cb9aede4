namespace Runbook.Cli;

/// <summary>Where a command writes: standard output for results, standard error for messages about them.</summary>
/// <param name="Out">Results: diagnostics, plans, reports.</param>
/// <param name="Error">Messages for the person running the command.</param>
/// <param name="OutStream">Standard output as bytes, for JSON written with a UTF-8 writer.</param>
internal sealed record CliContext(TextWriter Out, TextWriter Error, Stream OutStream);
