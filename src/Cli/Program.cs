using System.Text;

namespace Runbook.Cli;

internal static class Program
{
    private static int Main(string[] args)
    {
        FrontEndWarmUp.StartFor(args);
        Console.OutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
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
