using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Runbook.Engine.Binding.Bound;
using Runbook.Engine.Diagnostics;
using Runbook.Engine.Syntax;

namespace Runbook.Engine.Binding;

// Params: their declared types and literal defaults.
internal sealed partial class Binder
{
    private static readonly string[] TypeNames = ["string", "int", "bool", "duration"];

    private ParamSymbol DeclareParam(ParamDeclarationSyntax syntax)
    {
        var type = ResolveType(syntax.Type);
        if (syntax.Default is null)
        {
            return new ParamSymbol(syntax.Name.Text, type, hasDefault: false, defaultValue: null, syntax);
        }

        var value = syntax.Default.Value;
        if (!IsLiteral(value))
        {
            _diagnostics.DefaultNotLiteral(value.Span, syntax.Name.Text);
            return new ParamSymbol(syntax.Name.Text, type, hasDefault: true, defaultValue: null, syntax);
        }

        var bound = BindExpression(value, StepOutputScope.None);
        if (!bound.Type.IsAssignableTo(type))
        {
            _diagnostics.DefaultTypeMismatch(value.Span, syntax.Name.Text, bound.Type.Description, type.Name);
        }

        return new ParamSymbol(syntax.Name.Text, type, hasDefault: true, ConstantValue(bound), syntax);
    }

    private RunbookType ResolveType(TypeSyntax syntax)
    {
        if (syntax.Name.IsMissing)
        {
            return RunbookType.Error;
        }

        RunbookType? element = syntax.Name.Text switch
        {
            "string" => RunbookType.String,
            "int" => RunbookType.Int,
            "bool" => RunbookType.Bool,
            "duration" => RunbookType.Duration,
            _ => null,
        };

        if (element is null)
        {
            _diagnostics.UnknownType(
                syntax.Name.Span,
                syntax.Name.Text,
                SpellingSuggestion.Hint(syntax.Name.Text, TypeNames));
            return RunbookType.Error;
        }

        return syntax.IsList ? RunbookType.ListOf(element) : element;
    }

    // A default is fixed when the runbook is written, so it may only be a literal or a list of literals.
    private static bool IsLiteral(ExpressionSyntax syntax) => syntax switch
    {
        LiteralExpressionSyntax => true,
        StringExpressionSyntax text => text.Interpolations.IsEmpty,
        ListExpressionSyntax list => list.Items.All(item => IsLiteral(item.Expression)),
        MissingExpressionSyntax or SkippedExpressionSyntax => true,
        _ => false,
    };

    /// <summary>The value of a literal expression, or null when it is not constant.</summary>
    internal static object? ConstantValue(BoundExpression expression) => expression switch
    {
        BoundLiteral literal => literal.Value,
        BoundString text => text.ConstantValue,
        BoundList list => ConstantValues(list.Items),
        _ => null,
    };

    private static ImmutableArray<object?> ConstantValues(ImmutableArray<BoundExpression> items)
    {
        var values = new object?[items.Length];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = ConstantValue(items[i]);
        }

        return ImmutableCollectionsMarshal.AsImmutableArray(values);
    }
}
