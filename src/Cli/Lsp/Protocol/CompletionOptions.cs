using System.Collections.Immutable;

namespace Runbook.Cli.Lsp.Protocol;

/// <summary>The characters after which the client asks for completion without being told to.</summary>
internal sealed record CompletionOptions(ImmutableArray<string> TriggerCharacters);
