namespace Runbook.Engine.Runtime;

/// <summary>Where a piece of evidence comes from.</summary>
public enum EvidenceSource
{
    /// <summary>Read from the live system.</summary>
    Observed,

    /// <summary>Taken from the runbook or its connection attributes, because no API exposes it.</summary>
    Declared,
}
