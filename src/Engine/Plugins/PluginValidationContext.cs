using System.Collections.Immutable;
using Runbook.Engine.Binding;
using Runbook.Engine.Binding.Bound;
using Runbook.Engine.Diagnostics;
using Runbook.Engine.Syntax;
using Runbook.Engine.Text;

namespace Runbook.Engine.Plugins;

/// <summary>
/// What a plugin checks before anything connects: the attribute values written in the runbook (and param
/// defaults they refer to). Diagnostics it reports go through the one catalogue and point at the value.
/// </summary>
public sealed class PluginValidationContext
{
    private readonly ImmutableArray<BoundAttribute> _attributes;
    private readonly DiagnosticBag _diagnostics;

    internal PluginValidationContext(string owner, ImmutableArray<BoundAttribute> attributes, DiagnosticBag diagnostics)
    {
        Owner = owner;
        _attributes = attributes;
        _diagnostics = diagnostics;
    }

    /// <summary>The step or connection being checked, by name.</summary>
    public string Owner { get; }

    /// <summary>True when the attribute is written in the runbook.</summary>
    public bool IsSet(string attribute) => Find(attribute) is not null;

    /// <summary>The attribute's value when it is known without connecting (a literal, or a param's default).</summary>
    public bool TryGetConstant(string attribute, out object? value)
    {
        value = null;
        if (Find(attribute) is not { } bound)
        {
            return false;
        }

        value = Constant(bound.Value);
        return value is not null;
    }

    /// <summary>
    /// The items of a list attribute that are known without connecting, each with where it is written.
    /// </summary>
    public IEnumerable<(object? Value, TextSpan Span)> ConstantItems(string attribute)
    {
        // An iterator rather than LINQ: LINQ over a tuple holding a struct has no precompiled code, and this
        // runs in every `runbook check`.
        switch (Find(attribute)?.Value)
        {
            case BoundList list:
                foreach (var item in list.Items)
                {
                    yield return (Constant(item), item.Syntax.Span);
                }

                break;
            case BoundParamReference { Param: { DefaultValue: ImmutableArray<object?> values } param }
                when param.Syntax.Default?.Value is ListExpressionSyntax written:
                for (var i = 0; i < values.Length; i++)
                {
                    yield return (values[i], written.Items[i].Expression.Span);
                }

                break;
        }
    }

    /// <summary>Reports a problem with an attribute's value, at the value.</summary>
    public void Report(DiagnosticDescriptor descriptor, string attribute, params object?[] arguments)
    {
        var span = Find(attribute)?.Value.Syntax.Span ?? default;
        _diagnostics.Add(descriptor, span, arguments);
    }

    /// <summary>Reports a problem at an exact place, such as one item of a list.</summary>
    public void ReportAt(DiagnosticDescriptor descriptor, TextSpan span, params object?[] arguments)
        => _diagnostics.Add(descriptor, span, arguments);

    private BoundAttribute? Find(string attribute)
        => _attributes.FirstOrDefault(candidate => candidate.Name == attribute);

    private static object? Constant(BoundExpression expression) => expression switch
    {
        BoundParamReference reference => reference.Param.DefaultValue,
        _ => Binder.ConstantValue(expression),
    };
}
