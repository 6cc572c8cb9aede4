namespace Runbook.Steps.Tests.Support;

/// <summary>Reads the recorded response files copied next to the test assembly.</summary>
internal static class Recorded
{
    public static string Text(string relativePath) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Recorded", relativePath));

    public static string Salesforce(string name) => Text(Path.Combine("Salesforce", name));

    public static string Intacct(string name) => Text(Path.Combine("Intacct", name));
}
