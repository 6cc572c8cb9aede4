using System.CommandLine;

namespace Runbook.Cli.Commands;

/// <summary>The options plan and apply share: plugins, params, secrets, the emulator and logging.</summary>
internal sealed class RunOptions
{
    private readonly Option<string[]> _plugins = CommonOptions.Plugins();
    private readonly Option<string[]> _params = CommonOptions.Params();
    private readonly Option<string?> _secrets = CommonOptions.Secrets();
    private readonly Option<bool> _emulator = CommonOptions.Emulator();
    private readonly Option<bool> _emulatorReset = CommonOptions.EmulatorReset();
    private readonly Option<string?> _emulatorUrl = CommonOptions.EmulatorUrl();
    private readonly Option<bool> _verbose = new("--verbose") { Description = "Log informational messages too." };

    public void AddTo(Command command, bool includeParams = true)
    {
        command.Add(_plugins);
        if (includeParams)
        {
            command.Add(_params);
        }

        command.Add(_secrets);
        command.Add(_emulator);
        command.Add(_emulatorReset);
        command.Add(_emulatorUrl);
        command.Add(LogFormat);
        command.Add(_verbose);
    }

    private Option<string> LogFormat { get; } = CreateLogFormat();

    public Values Read(ParseResult result) => new(
        result.GetValue(_plugins) ?? [],
        result.GetValue(_params) ?? [],
        result.GetValue(_secrets),
        result.GetValue(_emulator),
        result.GetValue(_emulatorReset),
        result.GetValue(_emulatorUrl),
        result.GetValue(LogFormat) ?? "text",
        result.GetValue(_verbose));

    private static Option<string> CreateLogFormat()
    {
        var option = new Option<string>("--log-format")
        {
            Description = "How to write the log on standard error: text or json.",
            DefaultValueFactory = _ => "text",
        };
        option.AcceptOnlyFromAmong("text", "json");
        return option;
    }

    /// <summary>The values given.</summary>
    public sealed record Values(
        string[] Plugins,
        string[] Params,
        string? SecretsFile,
        bool Emulator,
        bool EmulatorReset,
        string? EmulatorUrl,
        string LogFormat,
        bool Verbose);
}
