using Runbook.Engine.Binding;
using Runbook.Engine.Text;

namespace Runbook.Engine.Tests.Binding;

/// <summary>The range checks of the language's own properties, which read numbers and durations unboxed.</summary>
public sealed class BuiltInValueTests
{
    private static string[] Messages(string step, string plan)
    {
        var source =
            $"runbook \"r\" {{\n    step a: manual {{ instructions = \"x\" {step} }}\n    plan {{ {plan} }}\n}}";
        var compilation = RunbookCompilation.Create(SourceText.From(source));
        return [.. compilation.Diagnostics.Where(diagnostic => diagnostic.Code == "RB2019").Select(d => d.Message)];
    }

    [Fact]
    public void Values_inside_their_ranges_are_accepted()
        => Assert.Empty(Messages("timeout = 1h retries = 0", "approvals = 0 max_age = 1m drift = 1000"));

    [Fact]
    public void A_duration_of_zero_is_rejected()
        => Assert.Equal(
            ["'timeout' must be longer than zero.", "'max_age' must be longer than zero."],
            Messages("timeout = 0h", "max_age = 0m"));

    [Fact]
    public void A_drift_above_1000_percent_is_rejected()
        => Assert.Equal(["'drift' is a percentage from 0 to 1000."], Messages("retries = 3", "drift = 1001"));

    [Fact]
    public void A_value_of_the_wrong_type_is_not_range_checked()
        => Assert.Empty(Messages("timeout = param.x", "drift = \"5\""));
}
