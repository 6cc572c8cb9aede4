namespace Runbook.Engine.Diagnostics;

/// <summary>
/// One entry of the diagnostics catalogue: a stable code that is never reused, its default severity, the
/// message template call sites fill in, and the help text that <c>runbook explain</c> prints.
/// </summary>
/// <param name="Code">The stable code, e.g. <c>RB1002</c>.</param>
/// <param name="Severity">The default severity.</param>
/// <param name="Title">A short name for the problem, used in catalogues and SARIF rules.</param>
/// <param name="MessageFormat">
/// A composite format string for the message, filled with the call site's arguments.
/// </param>
/// <param name="Help">What the problem means and how to fix it, with an example where one helps.</param>
public sealed record DiagnosticDescriptor(
    string Code,
    DiagnosticSeverity Severity,
    string Title,
    string MessageFormat,
    string Help);
