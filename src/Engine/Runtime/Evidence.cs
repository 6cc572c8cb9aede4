namespace Runbook.Engine.Runtime;

/// <summary>
/// A fact a function or step looked at, such as "crm: org 00D5g0000001AbC, IsSandbox = true". Evidence goes
/// into plans and audit reports so that a reviewer sees why a precondition held.
/// </summary>
/// <param name="Subject">What the fact is about: a connection's name, usually.</param>
/// <param name="Fact">The fact, in words.</param>
/// <param name="Source">Whether the fact was observed in the live system or only declared in the runbook.</param>
public sealed record Evidence(string Subject, string Fact, EvidenceSource Source = EvidenceSource.Observed)
{
    /// <inheritdoc />
    public override string ToString()
        => Source == EvidenceSource.Declared ? $"{Subject}: {Fact} (declared, not observed)" : $"{Subject}: {Fact}";
}
