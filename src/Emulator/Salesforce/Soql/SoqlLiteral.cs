namespace Runbook.Emulator.Salesforce.Soql;

/// <summary>A literal on the right of a condition, kept as the token that spelt it.</summary>
internal sealed record SoqlLiteral(SoqlToken Token)
{
    public bool IsNull => Token.IsKeyword("null");

    public bool IsBoolean => Token.IsKeyword("true") || Token.IsKeyword("false");
}
