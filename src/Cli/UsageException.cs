namespace Runbook.Cli;

/// <summary>A mistake on the command line; its message says what to do, and the command exits with 2.</summary>
internal sealed class UsageException(string message) : Exception(message);
