using System.Text;

namespace Runbook.Cli;

internal static class Program
{
    private static int Main(string[] args)
    {
        FrontEndWarmUp.StartFor(args);
        // The console leaves the byte order mark out whatever the encoding says; Encoding.UTF8 rather than a
        // new UTF8Encoding spares loading the assembly that type is forwarded from, at every start.
        Console.OutputEncoding = Encoding.UTF8;
        var context = new CliContext(Console.Out, Console.Error, Console.OpenStandardOutput);
        try
        {
            return CliApplication.Run(args, context);
        }
        finally
        {
            if (context.IsOutStreamOpen)
            {
                context.OutStream.Dispose();
            }
        }
    }
}
