using Runbook.Steps.Http;

namespace Runbook.Steps.Intacct;

/// <summary>What a request authenticates with: the user login, or a session id.</summary>
internal sealed record IntacctAuthentication(IntacctCredentials? Login, Secret? SessionId)
{
    public static IntacctAuthentication ForLogin(IntacctCredentials credentials) => new(credentials, null);

    public static IntacctAuthentication ForSession(Secret sessionId) => new(null, sessionId);
}
