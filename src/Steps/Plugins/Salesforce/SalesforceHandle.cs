using Runbook.Engine.Plugins;
using Runbook.Steps.Http;
using Runbook.Steps.Plugins.Rules;
using Runbook.Steps.Salesforce;

namespace Runbook.Steps.Plugins.Salesforce;

/// <summary>
/// An open Salesforce connection. Read-only handles (planning) hold only a <see cref="SalesforceReader"/>; a
/// read-write handle (execution) holds a <see cref="SalesforceClient"/>, which also reads. Functions and steps
/// read through <see cref="Api"/> and change the org only through <see cref="Client"/>.
/// </summary>
public sealed class SalesforceHandle : ConnectionHandle
{
    private readonly SalesforceClient? _client;
    private readonly HttpMessageHandler _transport;
    private readonly RetryRecorder _retries;
    private readonly Lock _linkLock = new();
    private Task<IReadOnlyList<string>>? _linkedCompanies;

    internal SalesforceHandle(
        string name,
        ConnectionMode mode,
        SalesforceApi api,
        HttpMessageHandler transport,
        RetryRecorder retries,
        OrgIdentity org,
        ConnectionIdentity identity)
        : base(name, "salesforce", mode)
    {
        Api = api;
        _client = api as SalesforceClient;
        _transport = transport;
        _retries = retries;
        Org = org;
        Identity = identity;
        System = new SystemIdentity(name, "salesforce", org.Id, SalesforceOrgTypes.OrgType(org))
        {
            OrgTypeNote = SalesforceOrgTypes.NeitherNote(org),
        };
    }

    /// <summary>Reads the org: a reader when planning, the full client when executing.</summary>
    public SalesforceApi Api { get; }

    /// <summary>The client that changes the org; only a read-write handle has one.</summary>
    public SalesforceClient Client => _client ?? throw new InvalidOperationException(
        $"Connection '{Name}' was opened read-only, for planning; it cannot change the org. Steps change " +
        "systems only when they execute, through read-write connections.");

    /// <summary>The org's Organization record, read when the connection opened.</summary>
    public OrgIdentity Org { get; }

    /// <inheritdoc />
    public override ConnectionIdentity Identity { get; }

    /// <summary>The org as the linking rules see it.</summary>
    public SystemIdentity System { get; }

    /// <summary>What <c>org_type(c)</c> returns: sandbox, production, scratch or trial.</summary>
    public string OrgTypeName => SalesforceOrgTypes.Name(Org);

    /// <summary>The org's API usage as the latest response reported it.</summary>
    public ApiUsage? LatestApiUsage => Api.LatestApiUsage;

    /// <summary>Every transient failure the clients retried on this connection.</summary>
    public IReadOnlyList<ApiRetry> Retries => _retries.Retries;

    /// <summary>
    /// The Intacct company ids the org records as linked to it (<c>ia_crm__Intacct_Entity__c</c>, an assumed
    /// schema). Read once per handle: links do not change while a runbook plans or runs.
    /// </summary>
    public Task<IReadOnlyList<string>> GetLinkedCompaniesAsync(CancellationToken cancellationToken)
    {
        lock (_linkLock)
        {
            if (_linkedCompanies is null || _linkedCompanies.IsFaulted || _linkedCompanies.IsCanceled)
            {
                _linkedCompanies = Api.GetLinkedIntacctCompaniesAsync(cancellationToken);
            }

            return _linkedCompanies;
        }
    }

    /// <summary>The org's limits, read now.</summary>
    public Task<OrgLimits> GetLimitsAsync(CancellationToken cancellationToken) => Api.GetLimitsAsync(cancellationToken);

    /// <inheritdoc />
    public override ValueTask DisposeAsync()
    {
        Api.Dispose();
        _transport.Dispose();
        return base.DisposeAsync();
    }
}
