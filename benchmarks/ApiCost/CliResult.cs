namespace Runbook.ApiCost;

/// <summary>How a CLI process ended, how long it took and the most memory it held.</summary>
internal sealed record CliResult(int ExitCode, TimeSpan Elapsed, long PeakRssKb, string Output, string Error);
