namespace Runbook.Cli;

/// <summary>Who is running the command, for plans, approvals and confirmations.</summary>
internal static class Operator
{
    public static string Resolve(string? given)
        => string.IsNullOrWhiteSpace(given) ? Environment.UserName : given.Trim();
}
