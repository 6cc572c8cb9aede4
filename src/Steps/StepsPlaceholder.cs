namespace Runbook.Steps;

internal static class StepsPlaceholder
{
}
