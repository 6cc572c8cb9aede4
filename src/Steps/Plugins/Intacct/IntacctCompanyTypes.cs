using Runbook.Steps.Plugins.Rules;

namespace Runbook.Steps.Plugins.Intacct;

/// <summary>
/// An Intacct company's type. Intacct's API does not expose it, so it is declared (company_type) or, when left
/// out, inferred from the naming convention of sandbox company ids.
/// </summary>
public static class IntacctCompanyTypes
{
    /// <summary>The suffixes sandbox company ids conventionally carry.</summary>
    public static IReadOnlyList<string> SandboxSuffixes { get; } = ["-sandbox", "-sbx"];

    /// <summary>The declared type when there is one, else sandbox for ids ending in a sandbox suffix.</summary>
    public static string Resolve(string companyId, string? declared) =>
        declared ?? (IsSandboxId(companyId) ? OrgTypes.Sandbox : OrgTypes.Production);

    /// <summary>Where the type came from, in words for evidence.</summary>
    public static string Source(string companyId, string? declared)
    {
        if (declared is not null)
        {
            return "company_type";
        }

        var suffix = SandboxSuffixes.FirstOrDefault(s => companyId.EndsWith(s, StringComparison.OrdinalIgnoreCase));
        return suffix is null
            ? "inferred: the company id does not end in -sandbox or -sbx"
            : $"inferred: the company id ends in {suffix}";
    }

    private static bool IsSandboxId(string companyId) =>
        SandboxSuffixes.Any(suffix => companyId.EndsWith(suffix, StringComparison.OrdinalIgnoreCase));
}
