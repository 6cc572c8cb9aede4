using Runbook.Engine.Syntax;

namespace Runbook.Engine.Binding.Bound;

/// <summary>A connection named by its bare name.</summary>
public sealed class BoundConnectionReference : BoundExpression
{
    internal BoundConnectionReference(ExpressionSyntax syntax, ConnectionSymbol connection)
        : base(syntax) => Connection = connection;

    /// <inheritdoc />
    public override RunbookType Type => Connection.Type;

    /// <summary>The connection referred to.</summary>
    public ConnectionSymbol Connection { get; }
}
