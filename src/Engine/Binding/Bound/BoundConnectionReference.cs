using Runbook.Engine.Syntax;

namespace Runbook.Engine.Binding.Bound;

/// <summary>A connection named by its bare name.</summary>
public sealed class BoundConnectionReference : BoundExpression
{
    internal BoundConnectionReference(ExpressionSyntax syntax, ConnectionSymbol connection)
        : base(syntax, connection.Type) => Connection = connection;

    /// <summary>The connection referred to.</summary>
    public ConnectionSymbol Connection { get; }
}
