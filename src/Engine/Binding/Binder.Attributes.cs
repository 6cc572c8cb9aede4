using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Runbook.Engine.Binding.Bound;
using Runbook.Engine.Diagnostics;
using Runbook.Engine.Plugins;
using Runbook.Engine.Syntax;
using Runbook.Engine.Text;

namespace Runbook.Engine.Binding;

// Properties of blocks checked against their schemas.
internal sealed partial class Binder
{
    // Binds the properties among some members (the others, skipped tokens, are left alone). The attributes go
    // into an array of the members' number, copied only when some were not properties or were duplicates: a
    // growing builder made a second array for every block of a file.
    private ImmutableArray<BoundAttribute> BindAttributes(
        ReadOnlySpan<MemberSyntax> members,
        ImmutableArray<AttributeSchema> schema,
        PropertyOwner owner,
        StepOutputScope scope,
        bool checkUnknown,
        TextSpan ownerSpan)
    {
        var bound = members.IsEmpty ? [] : new BoundAttribute[members.Length];
        var count = 0;

        // Name -> position of the first property of that name. One dictionary for every block of the file:
        // blocks are bound one after another, never inside each other.
        var seen = _seenProperties;
        seen.Clear();

        foreach (var member in members)
        {
            if (member is not PropertySyntax property)
            {
                continue;
            }

            var name = property.Name.Text;
            var value = BindExpression(property.Value, scope);
            if (seen.TryGetValue(name, out var firstPosition))
            {
                var firstLine = _tree.Text.GetLinePosition(firstPosition).DisplayLine;
                _diagnostics.DuplicateProperty(property.Name.Span, name, firstLine);
                continue;
            }

            seen[name] = property.Name.Position;
            var attribute = AttributeSchema.Find(schema, name);
            if (attribute is null)
            {
                if (checkUnknown)
                {
                    _diagnostics.UnknownProperty(property.Name.Span, name, owner.Describe(),
                        SpellingSuggestion.Hint(name, schema.Select(candidate => candidate.Name)));
                }
            }
            else if (!value.Type.IsAssignableTo(attribute.Type))
            {
                _diagnostics.TypeMismatch(
                    property.Value.Span,
                    name,
                    attribute.Type.Description,
                    value.Type.Description);
            }
            else
            {
                CheckBuiltInValue(name, value);
            }

            bound[count++] = new BoundAttribute(value, property);
        }

        if (checkUnknown)
        {
            foreach (var attribute in schema)
            {
                if (attribute.Required && !seen.ContainsKey(attribute.Name))
                {
                    _diagnostics.MissingRequiredProperty(
                        ownerSpan,
                        Capitalize(owner.Describe()),
                        attribute.Name,
                        attribute.Type.Description);
                }
            }
        }

        return ImmutableCollectionsMarshal.AsImmutableArray(count == bound.Length ? bound : bound[..count]);
    }

    // Range checks for the language's own properties, whose meaning the binder knows.
    private void CheckBuiltInValue(string name, BoundExpression value)
    {
        if (name is not ("on_failure" or "retries" or "approvals" or "drift" or "timeout" or "max_age"))
        {
            return;
        }

        // Numbers and durations are read from the literal itself: ConstantValue would box each one. The span
        // is worked out only for a message.
        switch (name)
        {
            case "on_failure" when ConstantValue(value) is string text
                && !BuiltInProperties.OnFailureValues.Contains(text):
                _diagnostics.InvalidPropertyValue(value.Syntax.Span, name, "must be \"stop\" or \"continue\"");
                break;
            case "retries" or "approvals" when value is BoundLiteral { Type.Kind: RunbookTypeKind.Int, Integer: < 0 }:
                _diagnostics.InvalidPropertyValue(value.Syntax.Span, name, "cannot be negative");
                break;
            case "drift" when value is BoundLiteral { Type.Kind: RunbookTypeKind.Int, Integer: < 0 or > 1000 }:
                _diagnostics.InvalidPropertyValue(value.Syntax.Span, name, "is a percentage from 0 to 1000");
                break;
            case "timeout" or "max_age"
                when value is BoundLiteral { Type.Kind: RunbookTypeKind.Duration } literal
                && literal.Duration <= TimeSpan.Zero:
                _diagnostics.InvalidPropertyValue(value.Syntax.Span, name, "must be longer than zero");
                break;
        }
    }

    private static string Capitalize(string text)
        => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
