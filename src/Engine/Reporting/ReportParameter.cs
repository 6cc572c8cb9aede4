namespace Runbook.Engine.Reporting;

/// <summary>A param and the value the plan was made with.</summary>
/// <param name="Name">The param's name.</param>
/// <param name="Type">Its type as written.</param>
/// <param name="Value">Its value as the language writes it; <c>***</c> when masked.</param>
/// <param name="Given">True when it came from --param, false when from the default.</param>
/// <param name="Masked">True when the value was hidden because it is, or looks like, a secret.</param>
public sealed record ReportParameter(string Name, string Type, string Value, bool Given, bool Masked);
