using Superpower.Display;

namespace Runbook.Engine.Syntax;

/// <summary>
/// Every kind of trivia, token and node in a runbook syntax tree. Members end in <c>Trivia</c>,
/// <c>Token</c>, <c>Keyword</c> or <c>Syntax</c> so that a kind says what it is.
/// </summary>
public enum SyntaxKind
{
    /// <summary>Not a kind: the default value.</summary>
    None,

    // Trivia: kept on tokens so that the tree reproduces the file exactly.
    /// <summary>Spaces and tabs.</summary>
    [Token(Description = "whitespace")] WhitespaceTrivia,
    /// <summary>A line break: <c>\n</c>, <c>\r\n</c> or <c>\r</c>.</summary>
    [Token(Description = "line break")] EndOfLineTrivia,
    /// <summary>A <c>#</c> comment up to the end of its line.</summary>
    [Token(Description = "comment")] CommentTrivia,

    // Tokens.
    /// <summary>The zero-width token at the end of every file.</summary>
    [Token(Description = "end of file")] EndOfFileToken,
    /// <summary>Characters that start no token of the language.</summary>
    [Token(Description = "unexpected character")] BadToken,
    /// <summary>A name such as <c>sandbox</c>.</summary>
    [Token(Category = "identifier", Description = "name")] IdentifierToken,
    /// <summary>A whole number such as <c>250_000</c>.</summary>
    [Token(Category = "literal", Description = "integer")] IntegerLiteralToken,
    /// <summary>A duration such as <c>90s</c> or <c>6h</c>.</summary>
    [Token(Category = "literal", Description = "duration")] DurationLiteralToken,
    /// <summary>A one-line string with no interpolation: <c>"text"</c>.</summary>
    [Token(Category = "literal", Description = "string")] StringLiteralToken,
    /// <summary>The part of a one-line string up to its first <c>${</c>.</summary>
    [Token(Category = "literal", Description = "string")] StringStartToken,
    /// <summary>The part of a one-line string between <c>}</c> and the next <c>${</c>.</summary>
    [Token(Category = "literal", Description = "string")] StringMiddleToken,
    /// <summary>The part of a one-line string from its last <c>}</c> to the closing quote.</summary>
    [Token(Category = "literal", Description = "string")] StringEndToken,
    /// <summary>A triple-quoted string with no interpolation.</summary>
    [Token(Category = "literal", Description = "text block")] TextBlockLiteralToken,
    /// <summary>The part of a triple-quoted string up to its first <c>${</c>.</summary>
    [Token(Category = "literal", Description = "text block")] TextBlockStartToken,
    /// <summary>The part of a triple-quoted string between <c>}</c> and the next <c>${</c>.</summary>
    [Token(Category = "literal", Description = "text block")] TextBlockMiddleToken,
    /// <summary>The part of a triple-quoted string from its last <c>}</c> to the closing quotes.</summary>
    [Token(Category = "literal", Description = "text block")] TextBlockEndToken,

    /// <summary><c>{</c></summary>
    [Token(Example = "{")] OpenBraceToken,
    /// <summary><c>}</c></summary>
    [Token(Example = "}")] CloseBraceToken,
    /// <summary><c>[</c></summary>
    [Token(Example = "[")] OpenBracketToken,
    /// <summary><c>]</c></summary>
    [Token(Example = "]")] CloseBracketToken,
    /// <summary><c>(</c></summary>
    [Token(Example = "(")] OpenParenToken,
    /// <summary><c>)</c></summary>
    [Token(Example = ")")] CloseParenToken,
    /// <summary><c>,</c></summary>
    [Token(Example = ",")] CommaToken,
    /// <summary><c>:</c></summary>
    [Token(Example = ":")] ColonToken,
    /// <summary><c>=</c></summary>
    [Token(Example = "=")] EqualsToken,
    /// <summary><c>.</c></summary>
    [Token(Example = ".")] DotToken,
    /// <summary><c>==</c></summary>
    [Token(Example = "==")] EqualsEqualsToken,
    /// <summary><c>!=</c></summary>
    [Token(Example = "!=")] BangEqualsToken,
    /// <summary><c>&lt;</c></summary>
    [Token(Example = "<")] LessThanToken,
    /// <summary><c>&lt;=</c></summary>
    [Token(Example = "<=")] LessThanEqualsToken,
    /// <summary><c>&gt;</c></summary>
    [Token(Example = ">")] GreaterThanToken,
    /// <summary><c>&gt;=</c></summary>
    [Token(Example = ">=")] GreaterThanEqualsToken,

    // Keywords.
    /// <summary><c>runbook</c></summary>
    [Token(Category = "keyword", Example = "runbook")] RunbookKeyword,
    /// <summary><c>param</c></summary>
    [Token(Category = "keyword", Example = "param")] ParamKeyword,
    /// <summary><c>connection</c></summary>
    [Token(Category = "keyword", Example = "connection")] ConnectionKeyword,
    /// <summary><c>require</c></summary>
    [Token(Category = "keyword", Example = "require")] RequireKeyword,
    /// <summary><c>because</c></summary>
    [Token(Category = "keyword", Example = "because")] BecauseKeyword,
    /// <summary><c>step</c></summary>
    [Token(Category = "keyword", Example = "step")] StepKeyword,
    /// <summary><c>plan</c></summary>
    [Token(Category = "keyword", Example = "plan")] PlanKeyword,
    /// <summary><c>expect</c></summary>
    [Token(Category = "keyword", Example = "expect")] ExpectKeyword,
    /// <summary><c>and</c></summary>
    [Token(Category = "keyword", Example = "and")] AndKeyword,
    /// <summary><c>or</c></summary>
    [Token(Category = "keyword", Example = "or")] OrKeyword,
    /// <summary><c>not</c></summary>
    [Token(Category = "keyword", Example = "not")] NotKeyword,
    /// <summary><c>true</c></summary>
    [Token(Category = "keyword", Example = "true")] TrueKeyword,
    /// <summary><c>false</c></summary>
    [Token(Category = "keyword", Example = "false")] FalseKeyword,

    // Nodes.
    /// <summary>A whole file.</summary>
    CompilationUnitSyntax,
    /// <summary><c>runbook "name" { ... }</c></summary>
    RunbookDeclarationSyntax,
    /// <summary><c>name = value</c></summary>
    PropertySyntax,
    /// <summary><c>param name: type = default</c></summary>
    ParamDeclarationSyntax,
    /// <summary><c>string</c>, <c>int[]</c>, ...</summary>
    TypeSyntax,
    /// <summary><c>= default</c> after a param's type.</summary>
    DefaultValueSyntax,
    /// <summary><c>connection name: kind { ... }</c></summary>
    ConnectionDeclarationSyntax,
    /// <summary><c>require condition because "reason"</c></summary>
    RequireDeclarationSyntax,
    /// <summary><c>because "reason"</c></summary>
    BecauseClauseSyntax,
    /// <summary><c>step name: kind "title" { ... }</c></summary>
    StepDeclarationSyntax,
    /// <summary><c>plan { ... }</c></summary>
    PlanBlockSyntax,
    /// <summary><c>expect condition because "reason"</c></summary>
    ExpectDeclarationSyntax,
    /// <summary>The braces and properties of a connection or step.</summary>
    BlockSyntax,
    /// <summary>A dotted kind name such as <c>salesforce.delete_records</c>.</summary>
    KindNameSyntax,
    /// <summary>Tokens the parser could not place, kept so the tree still covers the file.</summary>
    SkippedTokensSyntax,

    /// <summary>An integer, duration, <c>true</c> or <c>false</c>.</summary>
    LiteralExpressionSyntax,
    /// <summary>A string or text block, with or without interpolation.</summary>
    StringExpressionSyntax,
    /// <summary>A bare name such as a connection's.</summary>
    NameExpressionSyntax,
    /// <summary>The <c>param</c> keyword used as the root of <c>param.name</c>.</summary>
    ParamRootExpressionSyntax,
    /// <summary><c>target.name</c></summary>
    MemberAccessExpressionSyntax,
    /// <summary><c>target(arguments)</c></summary>
    CallExpressionSyntax,
    /// <summary><c>[a, b]</c></summary>
    ListExpressionSyntax,
    /// <summary><c>(expression)</c></summary>
    ParenthesizedExpressionSyntax,
    /// <summary><c>left op right</c></summary>
    BinaryExpressionSyntax,
    /// <summary><c>not operand</c></summary>
    UnaryExpressionSyntax,
    /// <summary>One element of a list, with the comma after it.</summary>
    ListItemSyntax,
    /// <summary>One argument of a call, with the comma after it.</summary>
    ArgumentSyntax,
    /// <summary>A place where an expression was needed but none was written.</summary>
    MissingExpressionSyntax,
    /// <summary>A region the parser did not descend into, such as brackets nested too deeply.</summary>
    SkippedExpressionSyntax,
}
