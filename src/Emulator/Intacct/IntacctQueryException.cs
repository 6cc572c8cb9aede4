namespace Runbook.Emulator.Intacct;

/// <summary>A readByQuery query Intacct would refuse.</summary>
internal sealed class IntacctQueryException(string message) : Exception(message);
