namespace Runbook.Emulator;

internal static class EmulatorPlaceholder
{
}
