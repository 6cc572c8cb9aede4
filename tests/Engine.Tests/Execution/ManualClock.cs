namespace Runbook.Engine.Tests.Execution;

/// <summary>A clock that moves only when told, so recorded times are fixed values.</summary>
internal sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset _now = start;

    public override DateTimeOffset GetUtcNow() => _now;

    public DateTimeOffset Advance(TimeSpan by) => _now += by;

    public void Set(DateTimeOffset to) => _now = to;
}
