using System.Globalization;
using System.Text;

namespace Runbook.Benchmarks.Inputs;

/// <summary>
/// Writes a valid runbook with a given number of steps. Every step is a declaration with a title, a comment
/// and five attributes that use most of the language: names, member access, lists, integers, durations,
/// operators, a call and (every fourth step) an interpolated string. The text depends only on the count, so
/// every run and every process sees the same bytes.
/// </summary>
internal static class RunbookGenerator
{
    public static string Generate(int steps)
    {
        var text = new StringBuilder(steps * 340 + 1_024);
        text.Append(CultureInfo.InvariantCulture, $"# A generated runbook with {steps} steps.\n");
        text.Append("runbook \"generated\" {\n");
        text.Append("    title   = \"Generated for benchmarks\"\n");
        text.Append("    version = \"1.0\"\n\n");
        text.Append("    param sandbox: string = \"uat\"\n");
        text.Append("    param max_deleted: int = 250_000\n");
        text.Append("    param dry: bool = false\n\n");
        text.Append("    connection crm: salesforce {\n");
        text.Append("        login_url = \"https://test.salesforce.com\"\n");
        text.Append("        username  = env(\"SF_USERNAME\")\n");
        text.Append("        password  = secret(\"SF_PASSWORD\")\n");
        text.Append("    }\n");

        for (var i = 0; i < steps; i++)
        {
            AppendStep(text, i);
        }

        text.Append("\n    plan {\n");
        text.Append("        approvals = 1\n");
        text.Append("        expect param.max_deleted <= 1_000_000\n");
        text.Append("            because \"A sandbox should not hold this many Intacct transactions.\"\n");
        text.Append("    }\n");
        text.Append("}\n");
        return text.ToString();
    }

    private static void AppendStep(StringBuilder text, int i)
    {
        var title = i % 4 == 0
            ? $"\"Delete batch {i} in ${{param.sandbox}}\""
            : $"\"Delete Intacct transactions, batch {i}\"";

        text.Append(CultureInfo.InvariantCulture, $"\n    # Step {i} clears one batch of records.\n");
        text.Append(CultureInfo.InvariantCulture, $"    step clear_{i}: salesforce.delete_records {title} {{\n");
        text.Append("        org     = crm\n");
        text.Append(CultureInfo.InvariantCulture, $"        objects = [\"Object{i % 7}__c\", \"Line{i % 5}__c\"]\n");
        text.Append(CultureInfo.InvariantCulture, $"        timeout = {i % 23 + 1}h\n");
        text.Append(CultureInfo.InvariantCulture, $"        retries = {i % 3}\n");
        text.Append(CultureInfo.InvariantCulture, $"        when    = not param.dry and param.max_deleted > {i}\n");
        text.Append("    }\n");
    }
}
