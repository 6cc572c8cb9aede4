using System.Collections.Immutable;
using Microsoft.Extensions.Logging;
using Runbook.Engine.Binding;
using Runbook.Engine.Diagnostics;
using Runbook.Engine.Plugins;
using Runbook.Engine.Runtime;
using Runbook.Steps.Http;
using Runbook.Steps.Intacct;
using Runbook.Steps.Plugins.Rules;
using Runbook.Steps.Plugins.Salesforce;

namespace Runbook.Steps.Plugins.Intacct;

/// <summary>
/// The <c>intacct</c> connection kind: opens an API session through the XML gateway. The session's
/// authentication block gives the observed company id; company type and linked Salesforce org are declared.
/// </summary>
public sealed class IntacctConnectionPlugin : ConnectionPlugin
{
    /// <inheritdoc />
    public override ConnectionKindSchema Schema { get; } = new(
        "intacct",
        "A Sage Intacct company, reached through the XML gateway with a Web Services sender and user.",
        [
            new AttributeSchema("company_id", RunbookType.String, "The company to log in to.") { Required = true },
            new AttributeSchema("user_id", RunbookType.String, "The Web Services user.") { Required = true },
            new AttributeSchema("user_password", RunbookType.String, "The user's password.")
            {
                Required = true,
                AcceptsSecret = true,
            },
            new AttributeSchema("sender_id", RunbookType.String, "The Web Services sender id.") { Required = true },
            new AttributeSchema("sender_password", RunbookType.String, "The Web Services sender password.")
            {
                Required = true,
                AcceptsSecret = true,
            },
            new AttributeSchema("endpoint", RunbookType.String, "The XML gateway URL.")
            {
                DefaultValue = IntacctOptions.DefaultEndpointUrl,
            },
            new AttributeSchema("company_type", RunbookType.String,
                "\"sandbox\" or \"production\" (declared: Intacct's API does not say); inferred from a -sandbox " +
                "or -sbx company id suffix when left out."),
            new AttributeSchema("salesforce_org_id", RunbookType.String,
                "The Salesforce org the company's integration is linked to (declared: Intacct's API does not say)."),
        ]);

    /// <inheritdoc />
    public override void Validate(PluginValidationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);

        if (context.TryGetConstant("endpoint", out var endpoint) && endpoint is string url
            && HttpsUrl.Problem(url) is { } urlProblem)
        {
            context.Report(DiagnosticCatalog.InvalidEndpoint, "endpoint", url, "Intacct gateway URL", urlProblem);
        }

        if (context.TryGetConstant("company_type", out var type) && type is string companyType
            && !OrgTypes.IsKnown(companyType))
        {
            context.Report(DiagnosticCatalog.InvalidCompanyType, "company_type", companyType);
        }

        if (context.TryGetConstant("salesforce_org_id", out var org) && org is string orgId
            && SalesforceNames.OrgIdProblem(orgId) is { } orgProblem)
        {
            context.Report(DiagnosticCatalog.InvalidOrgId, "salesforce_org_id", orgId, orgProblem);
        }
    }

    /// <inheritdoc />
    public override async Task<ConnectionHandle> OpenAsync(
        ConnectionRequest request,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);

        var environment = request.Environment;
        var attributes = request.Attributes;
        var declaredType = attributes.GetString("company_type");
        if (declaredType is not null && !OrgTypes.IsKnown(declaredType))
        {
            throw new EvaluationException(
                $"Connection '{request.Name}': company_type is '{declaredType}'; write \"sandbox\" or \"production\".");
        }

        var declaredOrg = attributes.GetString("salesforce_org_id");
        if (declaredOrg is not null && SalesforceNames.OrgIdProblem(declaredOrg) is { } orgProblem)
        {
            throw new EvaluationException(
                $"Connection '{request.Name}': '{declaredOrg}' is not a Salesforce org id: {orgProblem}.");
        }

        var retries = new RetryRecorder(environment);
        var options = new IntacctOptions
        {
            Endpoint = Endpoint(request),
            Credentials = Credentials(request),
            Retry = retries.Options,
            TimeProvider = environment.Time,
            OnRetry = retries.Record,
        };

        var transport = environment.HttpHandlerFactory();
        var reader = new IntacctReader(options, transport, environment.LoggerFactory.CreateLogger<IntacctReader>());
        try
        {
            var observed = await reader.GetIdentityAsync(cancellationToken).ConfigureAwait(false);
            var identity = Identify(request, options, observed, declaredType, declaredOrg);
            PluginLog.IntacctConnected(
                environment.LoggerFactory.CreateLogger<IntacctConnectionPlugin>(),
                request.Name,
                observed.CompanyId,
                identity.OrgType ?? "",
                request.Mode);

            return new IntacctHandle(
                request.Name, request.Mode, reader, transport, retries, observed, declaredType, declaredOrg, identity);
        }
        catch (Exception e) when (e is IntacctApiException or InvalidDataException)
        {
            reader.Dispose();
            transport.Dispose();
            throw new EvaluationException(
                $"Connection '{request.Name}': could not open an Intacct session for company " +
                $"{options.Credentials.CompanyId} as {options.Credentials.UserId}: {e.Message}",
                e);
        }
        catch
        {
            reader.Dispose();
            transport.Dispose();
            throw;
        }
    }

    private static Uri Endpoint(ConnectionRequest request)
    {
        if (request.Environment.EmulatorUrl is { } emulator)
        {
            return new Uri(emulator.GetLeftPart(UriPartial.Path).TrimEnd('/') + "/ia/xml/xmlgw.phtml");
        }

        var endpoint = request.Attributes.GetString("endpoint") ?? IntacctOptions.DefaultEndpointUrl;
        return HttpsUrl.Problem(endpoint) is { } problem
            ? throw new EvaluationException(
                $"Connection '{request.Name}': '{endpoint}' is not a valid Intacct gateway URL: {problem}.")
            : new Uri(endpoint);
    }

    private static IntacctCredentials Credentials(ConnectionRequest request)
    {
        var attributes = request.Attributes;
        string Text(string attribute) => attributes.GetString(attribute) is { Length: > 0 } value
            ? value
            : throw new EvaluationException($"Connection '{request.Name}': {attribute} is empty.");
        Secret Hidden(string attribute) => attributes.GetSecret(attribute)?.Reveal() is { Length: > 0 } value
            ? new Secret(value)
            : throw new EvaluationException($"Connection '{request.Name}': {attribute} is empty.");

        return new IntacctCredentials
        {
            SenderId = Text("sender_id"),
            SenderPassword = Hidden("sender_password"),
            CompanyId = Text("company_id"),
            UserId = Text("user_id"),
            UserPassword = Hidden("user_password"),
        };
    }

    private static ConnectionIdentity Identify(
        ConnectionRequest request,
        IntacctOptions options,
        IntacctIdentity observed,
        string? declaredType,
        string? declaredOrg)
    {
        var name = request.Name;
        var companyType = IntacctCompanyTypes.Resolve(observed.CompanyId, declaredType);
        var evidence = ImmutableArray.CreateBuilder<Evidence>();
        evidence.Add(new Evidence(
            name,
            $"company {observed.CompanyId}, user {observed.UserId} (the session's authentication block)"));
        var source = IntacctCompanyTypes.Source(observed.CompanyId, declaredType);
        evidence.Add(new Evidence(
            name,
            $"company {observed.CompanyId} is {companyType} ({source})",
            EvidenceSource.Declared));
        if (declaredOrg is not null)
        {
            evidence.Add(new Evidence(
                name,
                $"company {observed.CompanyId} is linked to Salesforce org {declaredOrg} (salesforce_org_id)",
                EvidenceSource.Declared));
        }

        var facts = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        facts["user"] = observed.UserId;
        facts["endpoint"] = options.Endpoint.AbsoluteUri;
        facts["company_type"] = companyType;
        facts["company_type_source"] = declaredType is null ? "inferred" : "declared";
        if (declaredOrg is not null)
        {
            facts["salesforce_org_id"] = declaredOrg;
        }

        if (observed.LocationId is { } location)
        {
            facts["location_id"] = location;
        }

        return new ConnectionIdentity(observed.CompanyId, companyType, evidence.ToImmutable())
        {
            Facts = facts.ToImmutable(),
        };
    }
}
