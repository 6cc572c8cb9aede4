namespace Runbook.ApiCost;

/// <summary>What to run and how big.</summary>
internal sealed record BenchmarkOptions
{
    /// <summary>Smaller volumes and fewer repetitions: a few minutes on 2 cores.</summary>
    public bool Short { get; init; }

    /// <summary>cost, latency, memory, run or all.</summary>
    public IReadOnlyList<string> Parts { get; init; } = ["all"];

    /// <summary>The built CLI (runbook.dll) the memory and whole-run measurements start.</summary>
    public string? CliPath { get; init; }

    /// <summary>Where the Markdown results go besides stdout.</summary>
    public string? OutputPath { get; init; }

    /// <summary>How long an emulated Bulk job takes after its close (the emulator's default).</summary>
    public double BulkJobSeconds { get; init; } = 1;

    /// <summary>The step's poll interval against real Salesforce, and the CLI's: a fair comparison of polls.</summary>
    public TimeSpan BulkPollInterval { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>How many times each latency measurement runs; the median is reported.</summary>
    public int Repeats => Short ? 1 : 3;
}
