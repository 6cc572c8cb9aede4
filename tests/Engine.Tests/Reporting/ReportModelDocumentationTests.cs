using System.Collections.Immutable;
using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using Runbook.Engine.Reporting;
using Runbook.Engine.Tests.TestSupport;

namespace Runbook.Engine.Tests.Reporting;

/// <summary>docs/report-model.md names exactly what templates and the JSON see.</summary>
public sealed partial class ReportModelDocumentationTests
{
    /// <summary>Members of a check object are documented once, as <c>….name</c>.</summary>
    private const string CheckPrefix = "….";

    [Fact]
    public void Every_name_of_the_model_is_documented_and_every_documented_name_exists()
    {
        var leaves = new SortedSet<string>(StringComparer.Ordinal);
        var nodes = new SortedSet<string>(StringComparer.Ordinal);
        Walk(typeof(ReportModel), string.Empty, leaves, nodes);

        var documented = DocumentedNames();

        Assert.Contains("steps[].attempts[].outcome", leaves);
        Assert.Contains("….evidence[].fact", leaves);
        Assert.Empty(leaves.Except(documented));
        Assert.Empty(documented.Except(nodes).Except(leaves));
    }

    private static SortedSet<string> DocumentedNames()
    {
        var text = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "report-model.md"));
        return new SortedSet<string>(
            DocumentedRow().Matches(text).Select(match => match.Groups["name"].Value),
            StringComparer.Ordinal);
    }

    /// <summary>The names templates see: each member in snake_case, lists as <c>name[]</c>.</summary>
    private static void Walk(Type type, string prefix, SortedSet<string> leaves, SortedSet<string> nodes)
    {
        var properties = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(property => property.Name != "EqualityContract");
        foreach (var property in properties)
        {
            var name = JsonNamingPolicy.SnakeCaseLower.ConvertName(property.Name);
            var propertyType = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            var path = type == typeof(ReportCheck) ? CheckPrefix + name : prefix + name;
            if (propertyType.IsGenericType && propertyType.GetGenericTypeDefinition() == typeof(ImmutableArray<>))
            {
                path += "[]";
                propertyType = propertyType.GetGenericArguments()[0];
            }

            if (propertyType.Namespace == typeof(ReportModel).Namespace)
            {
                nodes.Add(path);
                Walk(propertyType, path + ".", leaves, nodes);
            }
            else
            {
                leaves.Add(path);
            }
        }
    }

    [GeneratedRegex(@"^\| `(?<name>[^`]+)` \|", RegexOptions.Multiline)]
    private static partial Regex DocumentedRow();
}
