namespace Runbook.Steps.Intacct;

/// <summary>The company and user Intacct says a request ran as (the response's authentication block).</summary>
/// <param name="CompanyId">The company id.</param>
/// <param name="UserId">The user id.</param>
/// <param name="LocationId">The entity, for an entity-level login.</param>
public sealed record IntacctIdentity(string CompanyId, string UserId, string? LocationId);
