namespace Runbook.Cli.Lsp.Protocol;

/// <summary>Whether the declaration counts among the references.</summary>
internal sealed record ReferenceContext(bool IncludeDeclaration);
