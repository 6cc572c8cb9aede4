using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;

namespace Runbook.Cli;

/// <summary>
/// The log: structured messages on standard error, apart from the command's output. Warnings and errors by
/// default; <c>--verbose</c> adds information; <c>--log-format json</c> writes one JSON object a line.
/// </summary>
internal static class Logging
{
    public static ILoggerFactory Create(string format, bool verbose) => LoggerFactory.Create(builder =>
    {
        builder.SetMinimumLevel(verbose ? LogLevel.Information : LogLevel.Warning);
        builder.AddConsole(options => options.LogToStandardErrorThreshold = LogLevel.Trace);
        if (format == "json")
        {
            builder.AddJsonConsole(options => options.IncludeScopes = false);
        }
        else
        {
            builder.AddSimpleConsole(options =>
            {
                options.SingleLine = true;
                options.ColorBehavior = LoggerColorBehavior.Disabled;
            });
        }
    });
}
