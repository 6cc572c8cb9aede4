using Runbook.Engine.Plugins;
using Runbook.Engine.Runtime;
using Runbook.Steps.Http;
using Runbook.Steps.Intacct;
using Runbook.Steps.Plugins.Rules;

namespace Runbook.Steps.Plugins.Intacct;

/// <summary>
/// An open Intacct connection. Its company id is observed (the authentication block of the session's
/// response); its company type and the Salesforce org it is linked to are declared, because Intacct's API does
/// not expose them. No built-in step writes to Intacct, so both modes hold only an <see cref="IntacctReader"/>.
/// </summary>
public sealed class IntacctHandle : ConnectionHandle
{
    private readonly HttpMessageHandler _transport;
    private readonly RetryRecorder _retries;

    internal IntacctHandle(
        string name,
        ConnectionMode mode,
        IntacctReader reader,
        HttpMessageHandler transport,
        RetryRecorder retries,
        IntacctIdentity observed,
        string? declaredCompanyType,
        string? declaredSalesforceOrgId,
        ConnectionIdentity identity)
        : base(name, "intacct", mode)
    {
        Reader = reader;
        _transport = transport;
        _retries = retries;
        Observed = observed;
        CompanyType = IntacctCompanyTypes.Resolve(observed.CompanyId, declaredCompanyType);
        DeclaredSalesforceOrgId = declaredSalesforceOrgId;
        Identity = identity;
        System = new SystemIdentity(name, "intacct", observed.CompanyId, CompanyType)
        {
            OrgTypeSource = EvidenceSource.Declared,
            OrgTypeNote = IntacctCompanyTypes.Source(observed.CompanyId, declaredCompanyType),
        };
    }

    /// <summary>Reads the company.</summary>
    public IntacctReader Reader { get; }

    /// <summary>The company and user Intacct reported for the session.</summary>
    public IntacctIdentity Observed { get; }

    /// <summary>The company id, as observed.</summary>
    public string CompanyId => Observed.CompanyId;

    /// <summary>sandbox or production, declared or inferred; never observed.</summary>
    public string CompanyType { get; }

    /// <summary>The Salesforce org the connection declares the company is linked to, if it does.</summary>
    public string? DeclaredSalesforceOrgId { get; }

    /// <inheritdoc />
    public override ConnectionIdentity Identity { get; }

    /// <summary>The company as the linking rules see it.</summary>
    public SystemIdentity System { get; }

    /// <summary>Every transient failure the reader retried on this connection.</summary>
    public IReadOnlyList<ApiRetry> Retries => _retries.Retries;

    /// <inheritdoc />
    public override ValueTask DisposeAsync()
    {
        Reader.Dispose();
        _transport.Dispose();
        return base.DisposeAsync();
    }
}
