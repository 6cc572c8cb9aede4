namespace Runbook.Emulator.Hosting;

/// <summary>
/// Draws the faults the options ask for. One seeded generator serves the whole server so that a run with a fixed
/// <see cref="EmulatorOptions.RandomSeed"/> and a fixed sequence of calls fails the same way every time.
/// </summary>
internal sealed class FaultInjector(EmulatorOptions options)
{
    private readonly Random _random = options.RandomSeed is { } seed ? new Random(seed) : new Random();
    private readonly Lock _gate = new();

    public InjectedFault Draw(bool isSalesforceApi)
    {
        lock (_gate)
        {
            if (_random.NextDouble() < options.DropRate)
            {
                return InjectedFault.Drop;
            }

            if (_random.NextDouble() < options.FaultRate)
            {
                return isSalesforceApi && _random.NextDouble() < 0.5
                    ? InjectedFault.RequestLimitExceeded
                    : InjectedFault.ServiceUnavailable;
            }

            return _random.NextDouble() < options.DropAfterProcessingRate
                ? InjectedFault.DropAfterProcessing
                : InjectedFault.None;
        }
    }

    /// <summary>Whether one record of a delete should fail as if another transaction held its lock.</summary>
    public bool FailRecord()
    {
        if (options.RecordFailureRate <= 0)
        {
            return false;
        }

        lock (_gate)
        {
            return _random.NextDouble() < options.RecordFailureRate;
        }
    }
}
