using System.Collections.Immutable;

namespace Runbook.Cli.Lsp.Protocol;

/// <summary>A diagnostic as LSP shows it: severity 1 error, 2 warning, 3 information; tag 1 unnecessary code.</summary>
internal sealed record Diagnostic(Range Range, int Severity, string Code, string Source, string Message)
{
    public const int Error = 1;
    public const int Warning = 2;
    public const int Information = 3;
    public const int Unnecessary = 1;

    public ImmutableArray<int>? Tags { get; init; }
}
