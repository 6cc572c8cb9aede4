namespace Runbook.Cli;

internal static class Program
{
    private static int Main(string[] args)
    {
        Console.WriteLine("runbook");
        return 0;
    }
}
