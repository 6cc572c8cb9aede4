namespace Runbook.Emulator.Intacct;

/// <summary>Who an Intacct request acts as; <see cref="SessionId"/> is set when it authenticated by session.</summary>
internal sealed record IntacctSession(string CompanyId, string UserId, string? SessionId, long Expires);
