using System.Text;

namespace Runbook.Cli;

internal static class Program
{
    private static int Main(string[] args)
    {
        FrontEndWarmUp.StartFor(args);
        Console.OutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        using var stdout = Console.OpenStandardOutput();
        var context = new CliContext(Console.Out, Console.Error, stdout);
        return CliApplication.Run(args, context);
    }
}
