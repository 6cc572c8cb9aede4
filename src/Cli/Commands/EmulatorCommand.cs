using System.CommandLine;
using Runbook.Emulator;

namespace Runbook.Cli.Commands;

/// <summary><c>runbook emulator serve</c>: runs the local Salesforce and Intacct emulator in the foreground.</summary>
internal static class EmulatorCommand
{
    public static Command Create(CliContext context)
    {
        var port = new Option<int>("--port") { Description = "The port on 127.0.0.1 (default: any free port)." };
        var state = new Option<string>("--state")
        {
            Description = "Where the emulator keeps its orgs.",
            DefaultValueFactory = _ => Path.Combine(".runbook", "emulator"),
        };
        var records = new Option<int>("--records")
        {
            Description = "Intacct transaction records seeded in each org.",
            DefaultValueFactory = _ => 1000,
        };
        var latency = new Option<int>("--latency-ms") { Description = "Delay added to every call, in milliseconds." };
        var faultRate = new Option<double>("--fault-rate")
        {
            Description = "Share of calls (0 to 1) answered with HTTP 503 or REQUEST_LIMIT_EXCEEDED.",
        };
        var refreshSeconds = new Option<double>("--refresh-seconds")
        {
            Description = "How long a sandbox refresh takes.",
            DefaultValueFactory = _ => 3,
        };
        var password = new Option<string>("--password")
        {
            Description = "Every seeded password.",
            DefaultValueFactory = _ => "emulator",
        };
        var scenario = new Option<string>("--scenario")
        {
            Description = "default, shared-org or production-link.",
            DefaultValueFactory = _ => "default",
        };
        scenario.AcceptOnlyFromAmong("default", "shared-org", "production-link");

        var serve = new Command("serve", "Run the emulator until Ctrl+C; prints its base URL.")
        {
            port, state, records, latency, faultRate, refreshSeconds, password, scenario,
        };
        serve.SetAction(async (result, token) =>
        {
            var options = new EmulatorOptions
            {
                Port = result.GetValue(port),
                StateDirectory = result.GetRequiredValue(state),
                Records = result.GetValue(records),
                LatencyMs = result.GetValue(latency),
                FaultRate = result.GetValue(faultRate),
                RefreshSeconds = result.GetValue(refreshSeconds),
                Password = result.GetRequiredValue(password),
                Scenario = result.GetRequiredValue(scenario),
            };
            await using var server = await EmulatorServer.StartAsync(options, null, token);
            context.Out.WriteLine(server.BaseUrl.ToString().TrimEnd('/'));
            context.Out.Flush();
            context.Error.WriteLine(
                $"Emulator running ({options.Scenario}, state in {options.StateDirectory}); Ctrl+C stops it.");
            try
            {
                await Task.Delay(Timeout.Infinite, token);
            }
            catch (OperationCanceledException)
            {
            }

            return ExitCodes.Success;
        });

        return new Command("emulator", "The local emulator of the Salesforce and Intacct APIs.") { serve };
    }
}
