namespace Runbook.Emulator.Salesforce.Soql;

internal enum SoqlTokenKind
{
    Identifier,
    String,
    Number,
    DateTime,
    Date,
    OpenParen,
    CloseParen,
    Comma,
    Equals,
    NotEquals,
    Less,
    LessOrEqual,
    Greater,
    GreaterOrEqual,
    End,
}
