using System.Collections.Immutable;

namespace Runbook.ApiCost;

/// <summary>What one planned and executed delete cost.</summary>
/// <param name="Planned">Records the plan said it would delete.</param>
/// <param name="Deleted">Records the step reported deleted.</param>
/// <param name="Left">Records of the deleted objects still in the org afterwards (0 when it worked).</param>
/// <param name="Counts">Each object's planned count, N_i, in the step's order.</param>
/// <param name="Plan">The calls planning made (the connection's login and Organization read excluded).</param>
/// <param name="Execute">The calls execution made.</param>
/// <param name="Elapsed">Wall time of execution alone.</param>
internal sealed record DeleteMeasurement(
    long Planned,
    long Deleted,
    long Left,
    ImmutableArray<long> Counts,
    RouteCounts Plan,
    RouteCounts Execute,
    TimeSpan Elapsed);
