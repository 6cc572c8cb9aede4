using System.Globalization;
using System.Text;

namespace Runbook.Benchmarks.Inputs;

/// <summary>
/// Writes a C# file shaped like a generated runbook: one method call with named arguments per step (in one
/// local function, as a runbook's steps are in one declaration), the same comment before each, the same
/// literals. Its steps are a little shorter than the runbook's, so the file is then padded with comment
/// lines to exactly <c>targetLength</c> characters: both parsers read the same number of bytes, and
/// throughput figures compare like with like.
/// </summary>
internal static class CSharpGenerator
{
    private const string Filler =
        "// Padding so that this file is exactly as long as the runbook it is compared with.\n";

    public static string Generate(int steps, int targetLength)
    {
        var text = new StringBuilder(targetLength + Filler.Length);
        text.Append(CultureInfo.InvariantCulture, $"// A generated procedure with {steps} steps.\n");
        text.Append("using System;\n\n");
        text.Append("Run(Connections.Salesforce(\"https://test.salesforce.com\"), ")
            .Append("dry: false, maxDeleted: 250_000);\n\n");
        text.Append("static void Run(Connection crm, bool dry, long maxDeleted)\n{");

        for (var i = 0; i < steps; i++)
        {
            AppendStep(text, i);
        }

        text.Append("}\n");
        var closing = "\nstatic TimeSpan Hours(int hours) => TimeSpan.FromHours(hours);\n";
        if (text.Length + closing.Length > targetLength)
        {
            throw new InvalidOperationException(
                $"The C# file ({text.Length + closing.Length} characters) is longer than its runbook " +
                $"({targetLength}).");
        }

        while (text.Length + closing.Length + Filler.Length <= targetLength)
        {
            text.Append(Filler);
        }

        var rest = targetLength - text.Length - closing.Length;
        if (rest > 0)
        {
            text.Append(rest > 2 ? "//" + new string('-', rest - 3) + "\n" : new string('\n', rest));
        }

        text.Append(closing);
        return text.ToString();
    }

    private static void AppendStep(StringBuilder text, int i)
    {
        var title = i % 4 == 0
            ? $"$\"Delete batch {i} in {{sandbox}}\""
            : $"\"Delete Intacct transactions, batch {i}\"";

        text.Append(CultureInfo.InvariantCulture, $"\n    // Step {i} clears one batch of records.\n");
        text.Append("    Salesforce.DeleteRecords(\n");
        text.Append(CultureInfo.InvariantCulture, $"        name: \"clear_{i}\", title: {title},\n");
        text.Append("        org: crm,\n");
        text.Append(CultureInfo.InvariantCulture, $"        objects: [\"Object{i % 7}__c\", \"Line{i % 5}__c\"],\n");
        text.Append(CultureInfo.InvariantCulture, $"        timeout: Hours({i % 23 + 1}),\n");
        text.Append(CultureInfo.InvariantCulture, $"        retries: {i % 3},\n");
        text.Append(CultureInfo.InvariantCulture, $"        when: !dry && maxDeleted > {i});\n");
    }
}
