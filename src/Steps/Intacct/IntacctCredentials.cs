using Runbook.Steps.Http;

namespace Runbook.Steps.Intacct;

/// <summary>
/// The Web Services sender and the company login. A login is either a user (user id, company id, password)
/// or an existing session id.
/// </summary>
public sealed record IntacctCredentials
{
    /// <summary>The Web Services sender id.</summary>
    public required string SenderId { get; init; }

    /// <summary>The Web Services sender password.</summary>
    public required Secret SenderPassword { get; init; }

    /// <summary>The company to log in to.</summary>
    public string? CompanyId { get; init; }

    /// <summary>The Web Services user.</summary>
    public string? UserId { get; init; }

    /// <summary>The user's password.</summary>
    public Secret? UserPassword { get; init; }

    /// <summary>An entity of a multi-entity company, to log in at entity level.</summary>
    public string? LocationId { get; init; }

    /// <summary>An existing API session id, used instead of the user login.</summary>
    public Secret? SessionId { get; init; }

    internal bool HasUserLogin => CompanyId is not null && UserId is not null && UserPassword is not null;

    internal IEnumerable<Secret?> Secrets => [SenderPassword, UserPassword, SessionId];
}
