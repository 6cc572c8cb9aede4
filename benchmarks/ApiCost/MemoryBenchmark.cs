using System.Text;

namespace Runbook.ApiCost;

/// <summary>
/// Measurement 3: peak resident memory of a real <c>runbook apply</c> process deleting N records through an
/// emulator hosted here (so the emulator's own memory is not counted), for two volumes ten times apart.
/// </summary>
internal static class MemoryBenchmark
{
    public static async Task<string> RunAsync(BenchmarkOptions options, TextWriter log)
    {
        var cli = options.CliPath ?? throw new InvalidOperationException("The memory measurement needs --cli.");
        var volumes = options.Short ? new long[] { 20_000, 200_000 } : [100_000, 1_000_000];
        var table = new MarkdownTable("records N", "path", "peak RSS", "wall", "exit", "ratio to the smaller N");

        foreach (var (path, threshold) in new[] { ("default (Bulk above the threshold)", (long?)null),
            ("sObject Collections", 100_000_000L) })
        {
            double? first = null;
            foreach (var n in volumes)
            {
                await using var emulator = await EmulatorHost.StartAsync((int)n);
                var work = Directory.CreateTempSubdirectory("runbook-apicost-mem-").FullName;
                try
                {
                    var runbook = WriteRunbook(work, threshold);
                    var secrets = WriteSecrets(work);
                    var result = await CliProcess.RunAsync(
                        cli,
                        ["apply", runbook, "--auto-approve", "--emulator-url", emulator.BaseUrl.ToString().TrimEnd('/'),
                         "--secrets", secrets, "--state", Path.Combine(work, "state.db")],
                        work);
                    var left = 0L;
                    foreach (var objectName in DeleteHarness.TransactionObjects)
                    {
                        left += await emulator.LiveCountAsync(objectName);
                    }

                    log.WriteLine($"memory N={n} {path}: exit {result.ExitCode}, {result.PeakRssKb} kB, " +
                        $"{result.Elapsed.TotalSeconds:0.0} s, {left} left");
                    if (result.ExitCode != 0 || left != 0)
                    {
                        throw new InvalidOperationException(
                            $"runbook apply exited {result.ExitCode} with {left} records left:\n" +
                            $"{result.Output}\n{result.Error}");
                    }

                    var mb = result.PeakRssKb / 1024.0;
                    first ??= mb;
                    table.Add(n, path, $"{mb:0.0} MB", result.Elapsed, result.ExitCode, mb / first.Value);
                }
                finally
                {
                    Directory.Delete(work, recursive: true);
                }
            }
        }

        var report = new StringBuilder();
        report.AppendLine("### Peak memory of `runbook apply` (a process of its own)");
        report.AppendLine();
        report.AppendLine(table.ToString());
        return report.ToString();
    }

    private static string WriteRunbook(string directory, long? bulkThreshold)
    {
        var path = Path.Combine(directory, "delete.runbook");
        var threshold = bulkThreshold is { } value ? $"\n        bulk_threshold = {value}" : "";
        File.WriteAllText(path, $$"""
            runbook "apicost-delete" {
                title = "Delete the Intacct transactions of the emulated sandbox"

                connection crm: salesforce {
                    login_url = "https://test.salesforce.com"
                    username  = env("SF_SANDBOX_USERNAME")
                    password  = secret("SF_SANDBOX_PASSWORD")
                }

                step clear: salesforce.delete_records "Delete Intacct transactions" {
                    org     = crm
                    objects = ["ia_crm__Sales_Invoice__c", "ia_crm__Contract__c"]{{threshold}}
                }
            }

            """);
        return path;
    }

    private static string WriteSecrets(string directory)
    {
        var path = Path.Combine(directory, "emulator.env");
        File.WriteAllText(path,
            $"SF_SANDBOX_USERNAME={EmulatorHost.SandboxUser}\nSF_SANDBOX_PASSWORD={EmulatorHost.Password}\n");
        return path;
    }
}
