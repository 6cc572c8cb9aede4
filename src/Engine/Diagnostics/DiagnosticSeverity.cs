namespace Runbook.Engine.Diagnostics;

/// <summary>How serious a diagnostic is. Any error makes <c>runbook check</c> fail.</summary>
public enum DiagnosticSeverity
{
    /// <summary>Worth knowing; never fails a check.</summary>
    Info,

    /// <summary>Probably a mistake; does not fail a check.</summary>
    Warning,

    /// <summary>The runbook cannot run as written.</summary>
    Error,
}
