using System.Collections.Immutable;
using Runbook.Engine.Diagnostics;
using Runbook.Engine.Plugins;
using Runbook.Steps.Plugins;
using Runbook.Steps.Plugins.Functions;
using Runbook.Steps.Plugins.Intacct;
using Runbook.Steps.Plugins.Manual;
using Runbook.Steps.Plugins.Salesforce;

namespace Runbook.Steps;

/// <summary>
/// The plugins every runbook can use without <c>--plugin</c>: Salesforce, Intacct, manual steps and functions.
/// </summary>
public static class BuiltInPlugins
{
    /// <summary>The RB3xxx checks the built-in plugins report.</summary>
    public static ImmutableArray<DiagnosticDescriptor> Diagnostics { get; } =
    [
        DiagnosticCatalog.InvalidApiName,
        DiagnosticCatalog.InvalidEndpoint,
        DiagnosticCatalog.InvalidSandboxName,
        DiagnosticCatalog.ValueOutOfRange,
        DiagnosticCatalog.EmptyInstructions,
        DiagnosticCatalog.InvalidSoqlCondition,
        DiagnosticCatalog.InvalidApiVersion,
        DiagnosticCatalog.InvalidCompanyType,
        DiagnosticCatalog.InvalidOrgId,
    ];

    /// <summary>A registry holding every built-in plugin; add <c>--plugin</c> assemblies to it afterwards.</summary>
    public static PluginRegistry CreateRegistry(BuiltInPluginOptions? options = null)
    {
        options ??= BuiltInPluginOptions.Default;
        return new PluginRegistry()
            .Add(new SalesforceConnectionPlugin())
            .Add(new IntacctConnectionPlugin())
            .Add(new RefreshSandboxStep(options))
            .Add(new DeleteRecordsStep(options))
            .Add(new ManualStep())
            .Add(new EnvFunction())
            .Add(new SecretFunction())
            .Add(new OrgTypeFunction())
            .Add(new OrgIdFunction())
            .Add(new RecordCountFunction())
            .Add(new SameOrgTypeFunction())
            .Add(new SingleOrgPerCompanyFunction())
            .Add(new ApiHeadroomFunction())
            .AddDiagnostics(Diagnostics);
    }
}
