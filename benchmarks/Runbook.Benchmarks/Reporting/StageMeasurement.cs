namespace Runbook.Benchmarks.Reporting;

/// <summary>One benchmark's result at one size, reduced to what the report compares.</summary>
internal sealed record StageMeasurement(
    string Job,
    string Stage,
    int Steps,
    int Bytes,
    double MeanNanoseconds,
    long? AllocatedBytes)
{
    /// <summary>Megabytes (10^6 bytes) of input per second.</summary>
    public double MegabytesPerSecond => Bytes * 1_000.0 / MeanNanoseconds;

    /// <summary>Bytes allocated per byte of input, when the memory diagnoser measured it.</summary>
    public double? AllocatedPerInputByte => AllocatedBytes is { } allocated ? (double)allocated / Bytes : null;
}
