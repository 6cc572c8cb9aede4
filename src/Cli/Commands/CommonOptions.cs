using System.CommandLine;

namespace Runbook.Cli.Commands;

/// <summary>Options several commands share, defined once so they read and behave the same everywhere.</summary>
internal static class CommonOptions
{
    public static Option<string[]> Plugins() => new("--plugin")
    {
        Description = "Load step kinds, connection kinds and functions from a plugin assembly (.dll). Repeatable.",
        AllowMultipleArgumentsPerToken = false,
    };

    public static Option<string[]> Params() => new("--param")
    {
        Description = "Set a param: NAME=VALUE, read by the param's type (250_000, 6h, true, a,b for lists). " +
            "Repeatable.",
    };

    public static Option<string?> Secrets() => new("--secrets")
    {
        Description = "Read env(...) and secret(...) values from this dotenv file (NAME=value lines) " +
            "before the environment.",
    };

    public static Option<bool> Emulator() => new("--emulator")
    {
        Description = "Start the local Salesforce and Intacct emulator (state under .runbook/emulator/) " +
            "and point every connection at it.",
    };

    public static Option<bool> EmulatorReset() => new("--emulator-reset")
    {
        Description = "With --emulator: start from freshly seeded orgs instead of the state left by earlier runs.",
    };

    public static Option<string?> EmulatorUrl() => new("--emulator-url")
    {
        Description = "Point every connection at an emulator already running at this URL " +
            "(see 'runbook emulator serve').",
    };

    public static Option<string?> Operator(string description) => new("--operator")
    {
        Description = description,
    };

    public static Option<string> Format(string description, params string[] formats)
    {
        var option = new Option<string>("--format")
        {
            Description = description,
            DefaultValueFactory = _ => formats[0],
        };
        option.AcceptOnlyFromAmong(formats);
        return option;
    }
}
