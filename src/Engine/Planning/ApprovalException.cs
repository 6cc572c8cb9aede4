namespace Runbook.Engine.Planning;

/// <summary>An approval that cannot be recorded; the message says why and what to do.</summary>
public sealed class ApprovalException(string message) : Exception(message);
