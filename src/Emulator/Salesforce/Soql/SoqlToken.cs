namespace Runbook.Emulator.Salesforce.Soql;

/// <summary>A token of a SOQL statement; <see cref="Value"/> is the unquoted text of a string literal.</summary>
internal readonly record struct SoqlToken(SoqlTokenKind Kind, string Text, string Value, int Position)
{
    public bool IsKeyword(string keyword) =>
        Kind == SoqlTokenKind.Identifier && string.Equals(Text, keyword, StringComparison.OrdinalIgnoreCase);
}
