using System.Globalization;

namespace Runbook.Steps.Plugins.Salesforce;

/// <summary>
/// Checks of values that go into SOQL, URLs and requests. Each returns null when the value is fine, or the
/// reason it is not, worded to complete the RB3xxx messages ("'X' is not a valid Salesforce API name: REASON.").
/// The same checks run in Validate on constant values and in planning on values known only then.
/// </summary>
public static class SalesforceNames
{
    // The suffixes Salesforce gives custom and special objects (custom objects, metadata types, platform events,
    // big objects, external objects, history, sharing, feeds, change events, knowledge articles, ...).
    private static readonly HashSet<string> ObjectSuffixes = new(StringComparer.Ordinal)
    {
        "c", "mdt", "e", "b", "x", "xo", "Share", "History", "Feed", "ChangeEvent", "Tag", "kav", "ka", "dlm",
    };

    /// <summary>Why <paramref name="name"/> is not an sObject API name, like <c>ia_crm__Sales_Invoice__c</c>.</summary>
    public static string? ObjectNameProblem(string name)
    {
        if (name.Length == 0)
        {
            return "it is empty";
        }

        if (FirstNotInName(name) is { } bad)
        {
            return bad == ' '
                ? "it contains a space; use the API name, not the label"
                : $"it contains '{bad}'; API names use only letters, digits and underscores";
        }

        if (!char.IsAsciiLetter(name[0]))
        {
            return "it must start with a letter";
        }

        if (name.EndsWith('_'))
        {
            return "it must not end with an underscore";
        }

        if (name.Contains("___", StringComparison.Ordinal))
        {
            return "it has three underscores in a row";
        }

        var parts = name.Split("__");
        if (parts.Length > 3)
        {
            return "it has more than a namespace, a name and a suffix";
        }

        if (parts.Skip(1).Any(part => part.Length == 0 || !char.IsAsciiLetter(part[0]) || part.EndsWith('_')))
        {
            return "each part between double underscores must start with a letter and not end with '_'";
        }

        if (parts.Length > 1 && !ObjectSuffixes.Contains(parts[^1]))
        {
            return $"'__{parts[^1]}' is not an object suffix; custom objects end in __c";
        }

        return null;
    }

    private static char? FirstNotInName(string name)
    {
        foreach (var c in name)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c != '_')
            {
                return c;
            }
        }

        return null;
    }

    /// <summary>Why <paramref name="name"/> is not a sandbox name: 1-10 letters and digits, a letter first.</summary>
    public static string? SandboxNameProblem(string name) => name switch
    {
        "" => "it is empty",
        { Length: > 10 } => $"it has {name.Length} characters; at most 10 are allowed",
        _ when !char.IsAsciiLetter(name[0]) => "it must start with a letter",
        _ when !name.All(char.IsAsciiLetterOrDigit) => "it may contain only letters and digits",
        _ => null,
    };

    /// <summary>Why <paramref name="version"/> is not a usable REST API version such as <c>62.0</c>.</summary>
    public static string? ApiVersionProblem(string version)
    {
        var parts = version.Split('.');
        if (version.StartsWith('v') || version.StartsWith('V'))
        {
            return "leave out the leading v";
        }

        if (parts.Length != 2 || parts[0].Length is < 2 or > 3 || parts[1].Length != 1
            || !parts.All(part => part.All(char.IsAsciiDigit)))
        {
            return "write it as a major and a minor number, such as 62.0";
        }

        return int.Parse(parts[0], CultureInfo.InvariantCulture) < 41
            ? "Bulk API 2.0 needs version 41.0 or later"
            : null;
    }

    /// <summary>Why <paramref name="id"/> is not an org id (15 or 18 letters and digits starting with 00D).</summary>
    public static string? OrgIdProblem(string id) => id switch
    {
        { Length: not (15 or 18) } => $"it has {id.Length} characters, not 15 or 18",
        _ when !id.All(char.IsAsciiLetterOrDigit) => "it may contain only letters and digits",
        _ when !id.StartsWith("00D", StringComparison.Ordinal) => "org ids start with 00D",
        _ => null,
    };

    /// <summary>
    /// Why <paramref name="condition"/> cannot be placed after WHERE in a query the step builds. This is no SOQL
    /// parser: Salesforce checks the condition itself when the plan counts records. It only refuses what would
    /// turn the condition into something else (a second statement, a doubled WHERE, an unclosed quote).
    /// </summary>
    public static string? ConditionProblem(string condition)
    {
        var trimmed = condition.Trim();
        if (trimmed.Length == 0)
        {
            return "it is empty; leave 'where' out to delete every record";
        }

        // "WHERE x", "WHERE(x)" and a bare "WHERE" repeat the keyword; "Whereabouts__c = 1" does not.
        if (trimmed.StartsWith("WHERE", StringComparison.OrdinalIgnoreCase)
            && (trimmed.Length == 5 || !(char.IsAsciiLetterOrDigit(trimmed[5]) || trimmed[5] == '_')))
        {
            return "leave out the leading WHERE; the step adds it";
        }

        var depth = 0;
        var quoted = false;
        for (var i = 0; i < trimmed.Length; i++)
        {
            var c = trimmed[i];
            if (quoted)
            {
                if (c == '\\')
                {
                    i++;
                }
                else if (c == '\'')
                {
                    quoted = false;
                }

                continue;
            }

            switch (c)
            {
                case '\'':
                    quoted = true;
                    break;
                case ';':
                    return "it contains ';'; write a single condition, not a statement";
                case '(':
                    depth++;
                    break;
                case ')' when --depth < 0:
                    return "it closes a parenthesis it did not open";
            }
        }

        if (quoted)
        {
            return "a quoted value is not closed";
        }

        return depth > 0 ? "a parenthesis is not closed" : null;
    }

    /// <summary>A COUNT() query over <paramref name="objectName"/>, with the condition when one is given.</summary>
    internal static string CountQuery(string objectName, string? condition) =>
        $"SELECT COUNT() FROM {objectName}{Where(condition)}";

    /// <summary>The query whose ids a delete streams.</summary>
    internal static string IdQuery(string objectName, string? condition) =>
        $"SELECT Id FROM {objectName}{Where(condition)}";

    private static string Where(string? condition) =>
        string.IsNullOrWhiteSpace(condition) ? "" : " WHERE " + condition.Trim();
}
