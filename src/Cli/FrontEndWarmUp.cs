using Runbook.Engine.Binding;
using Runbook.Engine.Text;
using Runbook.Steps;

namespace Runbook.Cli;

/// <summary>
/// Compiles a small runbook on a second thread while the main thread sets up the console and parses the
/// command line, for the commands that compile runbooks.
/// </summary>
/// <remarks>
/// Most of what a first compilation in a process costs is not compiling: it is the runtime loading the
/// front end's types and preparing each of its methods the first time they run, several hundred of each.
/// That work is done once per process whichever thread does it, so doing it here, on the second core most
/// machines have, takes it off the path of the compilation the user asked for. It spends the same processor
/// time, not less: on one core it saves nothing, and the few hundred microseconds of compiling the sample
/// itself are all it costs. docs/performance.md has the measurements.
///
/// Nothing here may change what a command does: the sample is compiled against its own registry of the
/// built-in plugins, its result and diagnostics are dropped, and a failure is ignored (the command then pays
/// the first-use costs itself). The engine keeps no shared state between compilations, so the two threads
/// never see each other's work, only the runtime's.
/// </remarks>
internal static class FrontEndWarmUp
{
    /// <summary>The commands whose first step is compiling a runbook.</summary>
    private static readonly string[] CompilingCommands = ["check", "plan", "apply", "lsp"];

    /// <summary>Starts the warm-up when <paramref name="args"/> invoke a command that compiles runbooks.</summary>
    public static void StartFor(string[] args)
    {
        if (args.Length == 0 || Array.IndexOf(CompilingCommands, args[0]) < 0)
        {
            return;
        }

        // A background thread of its own rather than the thread pool, which would start its own machinery
        // first; a background thread also never keeps the process alive after the command has finished.
        var thread = new Thread(Run) { IsBackground = true, Name = "runbook front-end warm-up" };
        thread.Start();
    }

    /// <summary>Compiles <see cref="Sample"/> and returns the compilation, for tests.</summary>
    internal static RunbookCompilation Compile()
        => RunbookCompilation.Create(SourceText.From(Sample, "warm-up.runbook"), BuiltInPlugins.CreateRegistry());

    private static void Run()
    {
        try
        {
            Compile();
        }
        catch (Exception)
        {
            // Deliberately ignored: the warm-up only moves work earlier. Whatever went wrong here goes wrong
            // again in the command itself, which reports it properly.
        }
    }

    /// <summary>
    /// One of every construct a runbook is commonly written with, and every built-in plugin, so that
    /// the code the user's runbook needs has run once. A test keeps it free of diagnostics: a sample with
    /// errors would warm up the recovery paths instead.
    /// </summary>
    internal const string Sample = """"
        # Compiled once at start-up to load the front end; see FrontEndWarmUp.
        runbook "warm-up" {
            title   = "Warm-up"
            version = "1.0"

            param sandbox: string = "uat"
            param objects: string[] = ["ObjectA__c", "ObjectB__c"]
            param max_deleted: int = 250_000
            param grace: duration = 15m
            param dry: bool = false

            connection production: salesforce {
                login_url = "https://login.salesforce.com"
                username  = env("SF_USERNAME")
                password  = secret("SF_PASSWORD")
            }

            connection crm: salesforce {
                login_url = "https://test.salesforce.com"
                username  = env("SF_USERNAME")
                password  = secret("SF_PASSWORD")
            }

            connection books: intacct {
                company_id      = "acme"
                user_id         = env("INTACCT_USER_ID")
                user_password   = secret("INTACCT_USER_PASSWORD")
                sender_id       = env("INTACCT_SENDER_ID")
                sender_password = secret("INTACCT_SENDER_PASSWORD")
            }

            require same_org_type(books, crm) and single_org_per_company(books, crm)
                because "Linked systems must be of one kind."

            require org_type(crm) == "sandbox" and org_type(production) == "production"

            require not param.dry or (param.max_deleted > 0 and param.grace >= 90s)

            require api_headroom(crm) > 1_000 and org_id(crm) != org_id(production)

            step refresh: salesforce.refresh_sandbox "Refresh ${param.sandbox}" {
                org     = production
                sandbox = param.sandbox
                timeout = 2d
            }

            step clear: salesforce.delete_records "Delete records" {
                org     = crm
                objects = param.objects
                retries = 1
                when    = not param.dry
            }

            step confirm: manual "Confirm" {
                system       = books
                instructions = """
                    Check ${param.sandbox}: ${steps.clear.deleted_records} records were deleted.
                    """
                verify       = record_count(crm, "Account", "Name != null") > 0
            }

            plan {
                approvals = 1
                max_age   = 24h
                expect steps.clear.deleted_records <= param.max_deleted
                    because "Too many records."
            }
        }
        """";
}
