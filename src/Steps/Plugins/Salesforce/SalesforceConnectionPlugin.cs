using System.Collections.Immutable;
using Microsoft.Extensions.Logging;
using Runbook.Engine.Binding;
using Runbook.Engine.Diagnostics;
using Runbook.Engine.Plugins;
using Runbook.Engine.Runtime;
using Runbook.Steps.Http;
using Runbook.Steps.Salesforce;

namespace Runbook.Steps.Plugins.Salesforce;

/// <summary>
/// The <c>salesforce</c> connection kind: logs in with the OAuth username-password flow and reads the org's
/// Organization record, which is the connection's identity.
/// </summary>
public sealed class SalesforceConnectionPlugin : ConnectionPlugin
{
    /// <summary>The production login host, used when login_url is left out.</summary>
    public const string DefaultLoginUrl = "https://login.salesforce.com";

    // The emulator accepts any client id and secret; the real service needs a connected app's.
    private const string EmulatorClientId = "runbook-emulator";
    private const string EmulatorClientSecret = "runbook-emulator-secret";

    /// <inheritdoc />
    public override ConnectionKindSchema Schema { get; } = new(
        "salesforce",
        "A Salesforce org, reached through its login host with the OAuth username-password flow.",
        [
            new AttributeSchema("login_url", RunbookType.String,
                "Login host: https://login.salesforce.com for production, https://test.salesforce.com for sandboxes.")
            {
                DefaultValue = DefaultLoginUrl,
            },
            new AttributeSchema("username", RunbookType.String,
                "The user; a sandbox user is the production name plus '.' and the sandbox name.")
            {
                Required = true,
            },
            new AttributeSchema("password", RunbookType.String,
                "The password, with the security token appended when the org requires one.")
            {
                Required = true,
                AcceptsSecret = true,
            },
            new AttributeSchema("client_id", RunbookType.String, "The connected app's consumer key."),
            new AttributeSchema("client_secret", RunbookType.String, "The connected app's consumer secret.")
            {
                AcceptsSecret = true,
            },
            new AttributeSchema("api_version", RunbookType.String, "The REST API version, such as 62.0.")
            {
                DefaultValue = SalesforceOptions.DefaultApiVersion,
            },
        ]);

    /// <inheritdoc />
    public override void Validate(PluginValidationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);

        if (context.TryGetConstant("login_url", out var url) && url is string loginUrl
            && HttpsUrl.Problem(loginUrl) is { } urlProblem)
        {
            context.Report(
                DiagnosticCatalog.InvalidEndpoint, "login_url", loginUrl, "Salesforce login URL", urlProblem);
        }

        if (context.TryGetConstant("api_version", out var version) && version is string apiVersion
            && SalesforceNames.ApiVersionProblem(apiVersion) is { } versionProblem)
        {
            context.Report(DiagnosticCatalog.InvalidApiVersion, "api_version", apiVersion, versionProblem);
        }
    }

    /// <inheritdoc />
    public override async Task<ConnectionHandle> OpenAsync(
        ConnectionRequest request,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);

        var environment = request.Environment;
        var login = ReadLogin(request);
        var retries = new RetryRecorder(environment);
        var apiVersion = request.Attributes.GetString("api_version") ?? SalesforceOptions.DefaultApiVersion;
        if (SalesforceNames.ApiVersionProblem(apiVersion) is { } versionProblem)
        {
            throw new EvaluationException(
                $"Connection '{request.Name}': '{apiVersion}' is not a usable API version: {versionProblem}.");
        }

        var options = new SalesforceOptions
        {
            Login = login,
            ApiVersion = apiVersion,
            Retry = retries.Options,
            TimeProvider = environment.Time,
            OnRetry = retries.Record,
        };

        var transport = environment.HttpHandlerFactory();
        SalesforceApi api = request.Mode == ConnectionMode.ReadOnly
            ? new SalesforceReader(options, transport, environment.LoggerFactory.CreateLogger<SalesforceReader>())
            : new SalesforceClient(options, transport, environment.LoggerFactory.CreateLogger<SalesforceClient>());

        try
        {
            var session = await api.LoginAsync(cancellationToken).ConfigureAwait(false);
            var org = await api.GetOrganizationAsync(cancellationToken).ConfigureAwait(false);
            var identity = Identify(request, login, session, org, api.LatestApiUsage, apiVersion);
            PluginLog.SalesforceConnected(
                environment.LoggerFactory.CreateLogger<SalesforceConnectionPlugin>(),
                request.Name,
                org.Id,
                SalesforceOrgTypes.Name(org),
                request.Mode);

            return new SalesforceHandle(request.Name, request.Mode, api, transport, retries, org, identity);
        }
        catch (Exception e) when (e is SalesforceApiException or InvalidDataException)
        {
            api.Dispose();
            transport.Dispose();
            throw new EvaluationException(
                $"Connection '{request.Name}': could not connect to Salesforce at {login.LoginUrl} as " +
                $"{login.Username}: {e.Message}",
                e);
        }
        catch
        {
            api.Dispose();
            transport.Dispose();
            throw;
        }
    }

    private static SalesforceLogin ReadLogin(ConnectionRequest request)
    {
        var attributes = request.Attributes;
        var name = request.Name;
        var configured = attributes.GetString("login_url") ?? DefaultLoginUrl;
        if (HttpsUrl.Problem(configured) is { } problem)
        {
            throw new EvaluationException(
                $"Connection '{name}': '{configured}' is not a valid Salesforce login URL: {problem}.");
        }

        var loginUrl = new Uri(configured);
        var username = attributes.GetString("username");
        if (string.IsNullOrWhiteSpace(username))
        {
            throw new EvaluationException($"Connection '{name}': username is empty.");
        }

        var emulator = request.Environment.EmulatorUrl;
        var clientId = attributes.GetString("client_id");
        var clientSecret = RequireSecret(attributes, name, "client_secret", required: false);
        if (emulator is not null)
        {
            loginUrl = SalesforceLoginHosts.ForEmulator(loginUrl, emulator);
            clientId ??= EmulatorClientId;
            clientSecret ??= new Secret(EmulatorClientSecret);
        }
        else if (string.IsNullOrWhiteSpace(clientId))
        {
            throw new EvaluationException(
                $"Connection '{name}': client_id is required to log in to Salesforce; give the consumer key of " +
                "the connected app the runbook logs in through (and client_secret when the app has one).");
        }

        return new SalesforceLogin
        {
            LoginUrl = loginUrl,
            ClientId = clientId,
            ClientSecret = clientSecret,
            Username = username,
            Password = RequireSecret(attributes, name, "password", required: true),
        };
    }

    private static Secret? RequireSecret(AttributeValues attributes, string connection, string attribute, bool required)
    {
        var value = attributes.GetSecret(attribute)?.Reveal();
        if (string.IsNullOrEmpty(value))
        {
            return required
                ? throw new EvaluationException($"Connection '{connection}': {attribute} is empty.")
                : null;
        }

        return new Secret(value);
    }

    private static ConnectionIdentity Identify(
        ConnectionRequest request,
        SalesforceLogin login,
        SalesforceSession session,
        OrgIdentity org,
        ApiUsage? usage,
        string apiVersion)
    {
        var evidence = ImmutableArray.CreateBuilder<Evidence>();
        evidence.Add(new Evidence(request.Name, $"org {org.Id}, {SalesforceOrgTypes.Fields(org)}"));
        if (SalesforceOrgTypes.NeitherNote(org) is { } note)
        {
            evidence.Add(new Evidence(request.Name, $"org {org.Id} is {note}: neither a sandbox nor production"));
        }

        var facts = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        facts["org_name"] = org.Name;
        facts["org_kind"] = SalesforceOrgTypes.Name(org);
        facts["edition"] = org.OrganizationType;
        facts["instance"] = session.InstanceUrl.GetLeftPart(UriPartial.Authority);
        facts["user"] = login.Username ?? "";
        facts["login_url"] = login.LoginUrl.AbsoluteUri.TrimEnd('/');
        facts["api_version"] = apiVersion;
        if (usage is { } used)
        {
            facts["api_usage"] = $"{used.Used}/{used.Limit}";
        }

        return new ConnectionIdentity(org.Id, SalesforceOrgTypes.OrgType(org), evidence.ToImmutable())
        {
            Facts = facts.ToImmutable(),
        };
    }
}
