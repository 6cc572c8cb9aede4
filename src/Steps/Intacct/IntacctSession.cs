using Runbook.Steps.Http;

namespace Runbook.Steps.Intacct;

/// <summary>An API session from <c>getAPISession</c>: its id and the endpoint to send it to.</summary>
/// <param name="SessionId">The session id.</param>
/// <param name="Endpoint">The gateway URL the session belongs to.</param>
/// <param name="Identity">The company and user the session runs as.</param>
/// <param name="ExpiresAt">The projected timeout; every call pushes it forward.</param>
public sealed record IntacctSession(
    Secret SessionId,
    Uri Endpoint,
    IntacctIdentity Identity,
    DateTimeOffset? ExpiresAt);
