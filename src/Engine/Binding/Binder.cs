using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Runbook.Engine.Binding.Bound;
using Runbook.Engine.Diagnostics;
using Runbook.Engine.Plugins;
using Runbook.Engine.Syntax;

namespace Runbook.Engine.Binding;

/// <summary>
/// Resolves a parsed runbook's names and checks its types: params, connections and steps share one set of
/// names; steps may read the outputs of steps written before them; requires read only params and functions.
/// Kinds and functions are checked against an <see cref="ISchemaCatalog"/>; a catalogue that is not
/// complete (no plugins loaded) reports unknown ones only when asked to.
/// </summary>
internal sealed partial class Binder
{
    private readonly SyntaxTree _tree;
    private readonly ISchemaCatalog _catalog;
    private readonly bool _reportUnknownPlugins;
    private readonly DiagnosticBag _diagnostics;
    // Params, connections and steps share one set of names: a name is in at most one of these.
    private readonly Dictionary<string, ParamSymbol> _params = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ConnectionSymbol> _connections = new(StringComparer.Ordinal);
    private readonly Dictionary<string, StepSymbol> _steps = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _seenProperties = new(StringComparer.Ordinal);
    private readonly HashSet<string> _usedNames = new(StringComparer.Ordinal);

    // A step kind's attributes after those every step accepts, joined once per kind rather than once per step.
    // Arrays rather than immutable arrays as values: a dictionary over a struct is compiled at start-up.
    private readonly Dictionary<StepKindSchema, AttributeSchema[]> _stepAttributes =
        new(ReferenceEqualityComparer.Instance);

    public Binder(SyntaxTree tree, ISchemaCatalog catalog, bool reportUnknownPlugins, DiagnosticBag diagnostics)
    {
        _tree = tree;
        _catalog = catalog;
        _reportUnknownPlugins = reportUnknownPlugins || catalog.IsComplete;
        _diagnostics = diagnostics;
    }

    public BoundRunbook Bind()
    {
        var declaration = _tree.Root.Runbook;
        var members = declaration.Members;

        var groups = DeclareSymbols(members);

        var properties = BindAttributes(
            CollectionsMarshal.AsSpan(groups.Properties),
            BuiltInProperties.Runbook,
            new PropertyOwner(null, "the runbook"),
            StepOutputScope.None,
            checkUnknown: true,
            ownerSpan: declaration.RunbookKeyword.Span);
        var connections = BindAll(groups.Connections, BindConnection);
        var requirements = BindAll(
            groups.Requirements,
            syntax => BindCondition(syntax, "require", syntax.Condition, syntax.Because, StepOutputScope.None));
        var steps = BindAll(groups.Steps, BindStep);
        var plan = BindPlan(groups.Plans);

        ReportUnused();
        var runbook = new BoundRunbook
        {
            Name = BindRunbookName(declaration.Name),
            Properties = properties,
            Params = ParamsInSourceOrder(),
            Connections = connections,
            Requirements = requirements,
            Steps = steps,
            Plan = plan,
        };
        SecretFlow.Check(runbook, _diagnostics);
        return runbook;
    }

    private string BindRunbookName(StringExpressionSyntax syntax)
    {
        if (syntax.Segments.All(segment => segment.IsMissing))
        {
            return string.Empty;
        }

        var name = StringValueDecoder.Decode(syntax);
        var text = string.Concat(name);
        if (string.IsNullOrWhiteSpace(text) && syntax.Interpolations.IsEmpty)
        {
            _diagnostics.EmptyName(syntax.Span);
        }

        return text;
    }

    // Declares every name and sorts the members by what they are, in one pass: a large file's members do not
    // stay in the processor's cache, so walking them once per kind of member cost more than the sorting.
    private MemberGroups DeclareSymbols(ImmutableArray<MemberSyntax> members)
    {
        // Nearly every member of a large file is a step: room for all of them at once, where growing the table
        // and the list step by step copied them over and over.
        var groups = new MemberGroups(members.Length);
        _steps.EnsureCapacity(members.Length);
        var stepIndex = 0;
        foreach (var member in members)
        {
            switch (member)
            {
                case PropertySyntax property:
                    groups.Properties.Add(property);
                    break;
                case ParamDeclarationSyntax param:
                    if (TryDeclare(param.Name, "param"))
                    {
                        _params[param.Name.Text] = DeclareParam(param);
                    }

                    break;
                case ConnectionDeclarationSyntax connection:
                    if (TryDeclare(connection.Name, "connection"))
                    {
                        _connections[connection.Name.Text] = new ConnectionSymbol(
                            connection.Name.Text,
                            connection.KindName.Name,
                            FindConnectionKind(connection.KindName),
                            connection);
                    }

                    // A second connection of the same name is still bound, so that its own mistakes are found.
                    if (!connection.Name.IsMissing)
                    {
                        groups.Connections.Add(connection);
                    }

                    break;
                case RequireDeclarationSyntax requirement:
                    groups.Requirements.Add(requirement);
                    break;
                case StepDeclarationSyntax step:
                    if (TryDeclare(step.Name, "step"))
                    {
                        var symbol = new StepSymbol(step, FindStepKind(step.KindName), stepIndex++);
                        _steps[step.Name.Text] = symbol;
                        groups.Steps.Add(symbol);
                    }

                    break;
                case PlanBlockSyntax plan:
                    groups.Plans.Add(plan);
                    break;
            }
        }

        return groups;
    }

    private sealed class MemberGroups(int capacity)
    {
        // Properties only; typed as members to be bound like a block's.
        public List<MemberSyntax> Properties { get; } = [];

        public List<ConnectionDeclarationSyntax> Connections { get; } = [];

        public List<RequireDeclarationSyntax> Requirements { get; } = [];

        public List<StepSymbol> Steps { get; } = new(capacity);

        public List<PlanBlockSyntax> Plans { get; } = [];
    }

    // Binds each item into an array of exactly their number, without a growing builder.
    private static ImmutableArray<TBound> BindAll<TItem, TBound>(List<TItem> items, Func<TItem, TBound> bind)
    {
        var bound = new TBound[items.Count];
        for (var i = 0; i < bound.Length; i++)
        {
            bound[i] = bind(items[i]);
        }

        return ImmutableCollectionsMarshal.AsImmutableArray(bound);
    }

    private bool TryDeclare(SyntaxToken name, string kind)
    {
        if (name.IsMissing)
        {
            return false;
        }

        if (FindDeclaration(name.Text) is { } first)
        {
            _diagnostics.DuplicateDeclaration(name.Span, name.Text, first.Kind, LineOf(first.Name), kind);
            return false;
        }

        return true;
    }

    // The first declaration of a name, for the message about a second one.
    private FirstDeclaration? FindDeclaration(string name)
    {
        if (_params.TryGetValue(name, out var param))
        {
            return new FirstDeclaration("param", param.Syntax.Name);
        }

        if (_connections.TryGetValue(name, out var connection))
        {
            return new FirstDeclaration("connection", connection.Syntax.Name);
        }

        return _steps.TryGetValue(name, out var step) ? new FirstDeclaration("step", step.Syntax.Name) : null;
    }

    // Lines are only for messages: a binary search over the file's line starts for every declaration and
    // property was a measurable share of binding a large file.
    private int LineOf(SyntaxToken token) => _tree.Text.GetLinePosition(token.Position).DisplayLine;

    private sealed record FirstDeclaration(string Kind, SyntaxToken Name);

    private ConnectionKindSchema? FindConnectionKind(KindNameSyntax kind)
    {
        var schema = _catalog.FindConnectionKind(kind.Name);
        if (schema is null && _reportUnknownPlugins && !kind.Parts.Any(part => part.IsMissing))
        {
            _diagnostics.UnknownConnectionKind(kind.Span, kind.Name,
                SpellingSuggestion.Hint(kind.Name, _catalog.ConnectionKinds.Select(known => known.Name)));
        }

        return schema;
    }

    private StepKindSchema? FindStepKind(KindNameSyntax kind)
    {
        var schema = _catalog.FindStepKind(kind.Name);
        if (schema is null && _reportUnknownPlugins && !kind.Parts.Any(part => part.IsMissing))
        {
            _diagnostics.UnknownStepKind(kind.Span, kind.Name,
                SpellingSuggestion.Hint(kind.Name, _catalog.StepKinds.Select(known => known.Name)));
        }

        return schema;
    }

    private BoundConnection BindConnection(ConnectionDeclarationSyntax syntax)
    {
        var symbol = _connections.TryGetValue(syntax.Name.Text, out var declared) && declared.Syntax == syntax
            ? declared
            : new ConnectionSymbol(syntax.Name.Text, syntax.KindName.Name, null, syntax);
        var attributes = BindAttributes(
            syntax.Body.Members.AsSpan(),
            symbol.Schema?.Attributes ?? [],
            new PropertyOwner(symbol.Kind, "connection"),
            StepOutputScope.None,
            checkUnknown: symbol.Schema is not null,
            ownerSpan: syntax.Name.Span);
        if (symbol.Schema is not null)
        {
            _catalog.ValidateConnection(
                symbol.Kind,
                new PluginValidationContext(symbol.Name, attributes, _diagnostics));
        }

        return new BoundConnection(symbol, attributes);
    }

    private BoundStep BindStep(StepSymbol symbol)
    {
        var syntax = symbol.Syntax;
        var scope = StepOutputScope.Before(symbol);
        var title = syntax.Title is null ? null : BindText(syntax.Title, "the step title", scope);

        var schema = StepAttributes(symbol.Schema);
        var attributes = BindAttributes(
            syntax.Body.Members.AsSpan(), schema, new PropertyOwner(symbol.Kind, "step"), scope,
            checkUnknown: symbol.Schema is not null, ownerSpan: syntax.Name.Span);
        if (symbol.Schema is not null)
        {
            _catalog.ValidateStep(symbol.Kind, new PluginValidationContext(symbol.Name, attributes, _diagnostics));
        }

        return new BoundStep(symbol, title, attributes);
    }

    private ImmutableArray<AttributeSchema> StepAttributes(StepKindSchema? kind)
    {
        if (kind is null)
        {
            return BuiltInProperties.Step;
        }

        if (!_stepAttributes.TryGetValue(kind, out var attributes))
        {
            attributes = ImmutableCollectionsMarshal.AsArray(BuiltInProperties.Step.AddRange(kind.Attributes))!;
            _stepAttributes.Add(kind, attributes);
        }

        return ImmutableCollectionsMarshal.AsImmutableArray(attributes);
    }

    private BoundPlan BindPlan(List<PlanBlockSyntax> blocks)
    {
        if (blocks.Count == 0)
        {
            return BoundPlan.Empty;
        }

        // Loops rather than LINQ in this method: each LINQ iterator over syntax and bound types is a few more
        // types for the runtime to load at every start of runbook check.
        var members = new List<MemberSyntax>(blocks[0].Members.Length);
        for (var i = 0; i < blocks.Count; i++)
        {
            if (i > 0)
            {
                _diagnostics.DuplicatePlanBlock(blocks[i].PlanKeyword.Span, LineOf(blocks[0].PlanKeyword));
            }

            members.AddRange(blocks[i].Members);
        }

        var properties = BindAttributes(
            CollectionsMarshal.AsSpan(members), BuiltInProperties.Plan, new PropertyOwner(null, "the plan block"),
            StepOutputScope.All,
            checkUnknown: true, ownerSpan: blocks[0].PlanKeyword.Span);
        var expectations = ImmutableArray.CreateBuilder<BoundCondition>();
        foreach (var member in members)
        {
            if (member is ExpectDeclarationSyntax syntax)
            {
                expectations.Add(
                    BindCondition(syntax, "expect", syntax.Condition, syntax.Because, StepOutputScope.All));
            }
        }

        return new BoundPlan(properties, expectations.DrainToImmutable());
    }

    private BoundCondition BindCondition(
        MemberSyntax syntax,
        string keyword,
        ExpressionSyntax condition,
        BecauseClauseSyntax? because,
        StepOutputScope scope)
    {
        var bound = BindExpression(condition, scope);
        if (!bound.Type.IsAssignableTo(RunbookType.Bool))
        {
            _diagnostics.ConditionNotBool(condition.Span, keyword, bound.Type.Description);
        }

        var reason = because is null ? null : BindText(because.Reason, "because", scope);
        return new BoundCondition(bound, reason, syntax);
    }

    private BoundExpression BindText(ExpressionSyntax syntax, string what, StepOutputScope scope)
    {
        var bound = BindExpression(syntax, scope);
        if (!bound.Type.IsAssignableTo(RunbookType.String))
        {
            _diagnostics.TypeMismatch(syntax.Span, what, RunbookType.String.Description, bound.Type.Description);
        }

        return bound;
    }

    // A sort with a comparison rather than OrderBy, whose comparer of int keys the runtime builds through
    // reflection at start-up.
    private ImmutableArray<ParamSymbol> ParamsInSourceOrder()
    {
        var ordered = new ParamSymbol[_params.Count];
        _params.Values.CopyTo(ordered, 0);
        Array.Sort(ordered, static (left, right) => left.Syntax.Span.Start.CompareTo(right.Syntax.Span.Start));
        return ImmutableCollectionsMarshal.AsImmutableArray(ordered);
    }

    private void ReportUnused()
    {
        foreach (var param in _params.Values)
        {
            if (!_usedNames.Contains(param.Name))
            {
                _diagnostics.UnusedParam(param.Syntax.Name.Span, param.Name);
            }
        }

        foreach (var connection in _connections.Values)
        {
            if (!_usedNames.Contains(connection.Name))
            {
                _diagnostics.UnusedConnection(connection.Syntax.Name.Span, connection.Name);
            }
        }
    }
}
