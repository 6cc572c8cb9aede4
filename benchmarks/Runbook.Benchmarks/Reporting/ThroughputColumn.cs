using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Runbook.Benchmarks.Reporting;

/// <summary>
/// A summary column computed from the mean and the input's size: megabytes per second, or bytes allocated
/// per input byte. Both make sizes comparable, which a mean alone does not.
/// </summary>
internal sealed class ThroughputColumn : IColumn
{
    private readonly bool _allocation;

    private ThroughputColumn(bool allocation) => _allocation = allocation;

    public static IColumn MegabytesPerSecond { get; } = new ThroughputColumn(allocation: false);

    public static IColumn AllocatedPerByte { get; } = new ThroughputColumn(allocation: true);

    public string Id => _allocation ? "AllocatedPerByte" : "MegabytesPerSecond";

    public string ColumnName => _allocation ? "Alloc B/byte" : "MB/s";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => _allocation ? 1 : 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => _allocation
        ? "Bytes allocated per byte of input"
        : "Input megabytes (10^6 bytes) per second, from the mean";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase)
    {
        var measurement = Measurements.From(summary, benchmarkCase);
        if (measurement is null)
        {
            return "-";
        }

        var value = _allocation ? measurement.AllocatedPerInputByte : measurement.MegabytesPerSecond;
        return value?.ToString("N2", CultureInfo.InvariantCulture) ?? "-";
    }

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
        => GetValue(summary, benchmarkCase);

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public bool IsAvailable(Summary summary) => true;
}
