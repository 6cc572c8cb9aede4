using System.Collections.Immutable;
using Runbook.Engine.Binding;
using Runbook.Engine.Plugins;
using Runbook.Engine.Syntax;
using Runbook.Engine.Text;

namespace Runbook.Engine.LanguageService;

/// <summary>
/// Completion while typing. The file is usually incomplete at that moment, so the context is read from the
/// tokens just before the position (which the lexer gets right whatever follows) and only the enclosing
/// block is taken from the tree:
/// <list type="bullet">
/// <item><c>step NAME:</c> and <c>connection NAME:</c> are followed by kinds; <c>param NAME:</c> by types;</item>
/// <item><c>param.</c> by params, <c>steps.</c> by the steps visible there, <c>steps.NAME.</c> by outputs;</item>
/// <item>a new line in a block by the attributes of its kind not yet set (and the keywords that may start a
/// member there);</item>
/// <item>a place that needs a value by connections, functions and the keywords that start expressions.</item>
/// </list>
/// </summary>
public static class CompletionProvider
{
    private static readonly ImmutableArray<CompletionSuggestion> ParamTypes =
    [
        .. new[] { "string", "int", "bool", "duration" }.Select(type => new CompletionSuggestion(
            type, CompletionSuggestionKind.Type, "param type", $"A {type}; write `{type}[]` for a list.")),
    ];

    /// <summary>The suggestions at <paramref name="position"/>; none inside comments, strings and numbers.</summary>
    public static CompletionResult GetCompletions(RunbookCompilation compilation, ISchemaCatalog catalog, int position)
    {
        ArgumentNullException.ThrowIfNull(compilation);
        ArgumentNullException.ThrowIfNull(catalog);

        var index = SyntaxIndex.Create(compilation.SyntaxTree);
        if (index.IsInComment(position) || FindContext(index, position) is not { } context)
        {
            return CompletionResult.None(position);
        }

        return CompleteKind(context, catalog)
            ?? CompleteMember(context, catalog)
            ?? CompleteWhere(context, catalog)
            ?? CompletionResult.None(position);
    }

    // The word being typed (if the position is in or at the end of one) and the index of the token before it.
    private static CompletionContext? FindContext(SyntaxIndex index, int position)
    {
        var tokens = index.Tokens;
        var last = index.IndexOfLastEndingAtOrBefore(position);
        if (last >= 0 && tokens[last].Span.End == position && SyntaxIndex.IsWord(tokens[last]))
        {
            return new CompletionContext(index, position, tokens[last], last - 1);
        }

        if (last + 1 < tokens.Length && tokens[last + 1].Span.Start < position)
        {
            // Inside a token: a word is completed as a whole; inside a string or a number nothing is offered.
            return SyntaxIndex.IsWord(tokens[last + 1])
                ? new CompletionContext(index, position, tokens[last + 1], last)
                : null;
        }

        return new CompletionContext(index, position, null, last);
    }

    // After `step NAME:`, `connection NAME:` or `param NAME:`, possibly partway through a dotted kind name.
    private static CompletionResult? CompleteKind(CompletionContext context, ISchemaCatalog catalog)
    {
        // Step back over the `name.` parts of a dotted kind typed so far: the suggestion replaces them too.
        var previous = context.PreviousIndex;
        var start = context.WordSpan.Start;
        while (context.Is(previous, SyntaxKind.DotToken) && context.Is(previous - 1, SyntaxKind.IdentifierToken))
        {
            start = context.Tokens[previous - 1].Span.Start;
            previous -= 2;
        }

        if (!context.Is(previous, SyntaxKind.ColonToken) || !context.Is(previous - 1, SyntaxKind.IdentifierToken))
        {
            return null;
        }

        var dotted = previous != context.PreviousIndex;
        ImmutableArray<CompletionSuggestion>? items = context.KindAt(previous - 2) switch
        {
            SyntaxKind.StepKeyword => StepKinds(catalog),
            SyntaxKind.ConnectionKeyword => ConnectionKinds(catalog),
            SyntaxKind.ParamKeyword => dotted ? [] : ParamTypes,
            _ => null,
        };
        var replaced = TextSpan.FromBounds(start, context.WordSpan.End);
        return items is { } found ? new CompletionResult(found, replaced) : null;
    }

    // After a dot: `param.`, `steps.`, `steps.NAME.`; any other member access has nothing to offer.
    private static CompletionResult? CompleteMember(CompletionContext context, ISchemaCatalog catalog)
    {
        var previous = context.PreviousIndex;
        if (!context.Is(previous, SyntaxKind.DotToken))
        {
            return null;
        }

        var tree = context.Index.Tree;
        var items = ImmutableArray<CompletionSuggestion>.Empty;
        if (context.Is(previous - 1, SyntaxKind.ParamKeyword))
        {
            items = [.. DeclaredParams(tree).Select(Param)];
        }
        else if (context.IsStepsRoot(previous - 1))
        {
            items = [.. VisibleSteps(context).Select(step => Step(step, catalog))];
        }
        else if (context.Is(previous - 1, SyntaxKind.IdentifierToken) && context.Is(previous - 2, SyntaxKind.DotToken)
            && context.IsStepsRoot(previous - 3)
            && Declarations.Find(tree, LanguageSymbolKind.Step, context.Tokens[previous - 1].Text)
                is StepDeclarationSyntax step)
        {
            var outputs = catalog.FindStepKind(step.KindName.Name)?.Outputs ?? [];
            items = [.. outputs.Select(output => Output(step, output))];
        }

        return new CompletionResult(items, context.WordSpan);
    }

    private static ImmutableArray<CompletionSuggestion> StepKinds(ISchemaCatalog catalog) =>
    [
        .. catalog.StepKinds.OrderBy(kind => kind.Name, StringComparer.Ordinal)
            .Select(kind => new CompletionSuggestion(
                kind.Name, CompletionSuggestionKind.StepKind, "step kind", SchemaDocs.StepKind(kind))),
    ];

    private static ImmutableArray<CompletionSuggestion> ConnectionKinds(ISchemaCatalog catalog) =>
    [
        .. catalog.ConnectionKinds.OrderBy(kind => kind.Name, StringComparer.Ordinal)
            .Select(kind => new CompletionSuggestion(
                kind.Name,
                CompletionSuggestionKind.ConnectionKind,
                "connection kind",
                SchemaDocs.ConnectionKind(kind))),
    ];

    private static CompletionSuggestion Param(ParamDeclarationSyntax param) => new(
        param.Name.Text, CompletionSuggestionKind.Param, param.Type.ToFullString().Trim(), SchemaDocs.Param(param));

    private static CompletionSuggestion Step(StepDeclarationSyntax step, ISchemaCatalog catalog) => new(
        step.Name.Text, CompletionSuggestionKind.Step, step.KindName.Name,
        SchemaDocs.Step(step, catalog.FindStepKind(step.KindName.Name)));

    private static CompletionSuggestion Output(StepDeclarationSyntax step, OutputSchema output) => new(
        output.Name, CompletionSuggestionKind.StepOutput, output.Type.Name, SchemaDocs.Output(step.Name.Text, output));

    // Where a value is needed, or where a new member of a block starts.
    private static CompletionResult? CompleteWhere(CompletionContext context, ISchemaCatalog catalog)
    {
        var previous = context.PreviousIndex;
        if (previous < 0)
        {
            var runbook = new CompletionSuggestion(
                "runbook", CompletionSuggestionKind.Keyword, "runbook \"name\" { ... }", null);
            return new CompletionResult([runbook], context.WordSpan);
        }

        if (ExpectsValue(context.Tokens[previous].Kind))
        {
            return new CompletionResult(ValueSuggestions(context, catalog), context.WordSpan);
        }

        if (context.KindAt(previous) == SyntaxKind.OpenBraceToken || context.Index.StartsLine(context.WordSpan.Start))
        {
            return Container(context) is { } owner
                ? new CompletionResult(MemberSuggestions(context, owner, catalog), context.WordSpan)
                : null;
        }

        return null;
    }

    private static bool ExpectsValue(SyntaxKind kind) => SyntaxFacts.IsComparisonOperator(kind) || kind is
        SyntaxKind.EqualsToken or SyntaxKind.OpenParenToken or SyntaxKind.CommaToken or SyntaxKind.OpenBracketToken
        or SyntaxKind.StringStartToken or SyntaxKind.StringMiddleToken or SyntaxKind.TextBlockStartToken
        or SyntaxKind.TextBlockMiddleToken or SyntaxKind.RequireKeyword or SyntaxKind.ExpectKeyword
        or SyntaxKind.BecauseKeyword or SyntaxKind.NotKeyword or SyntaxKind.AndKeyword or SyntaxKind.OrKeyword;

    private static ImmutableArray<CompletionSuggestion> ValueSuggestions(
        CompletionContext context,
        ISchemaCatalog catalog)
    {
        var items = ImmutableArray.CreateBuilder<CompletionSuggestion>();
        foreach (var connection in context.Index.Tree.Root.Runbook.Members.OfType<ConnectionDeclarationSyntax>()
            .Where(connection => !connection.Name.IsMissing && connection.Name != context.Word))
        {
            var kind = catalog.FindConnectionKind(connection.KindName.Name);
            items.Add(new CompletionSuggestion(connection.Name.Text, CompletionSuggestionKind.Connection,
                $"{connection.KindName.Name} connection", SchemaDocs.Connection(connection, kind)));
        }

        items.Add(new CompletionSuggestion(
            "param", CompletionSuggestionKind.Keyword, "param.NAME reads a param", null) { InsertText = "param." });
        if (!VisibleSteps(context).IsEmpty)
        {
            items.Add(new CompletionSuggestion(
                SymbolResolver.StepsRoot, CompletionSuggestionKind.Keyword, "steps.NAME.OUTPUT reads a step's output",
                null) { InsertText = "steps." });
        }

        foreach (var function in catalog.Functions.OrderBy(function => function.Name, StringComparer.Ordinal))
        {
            items.Add(new CompletionSuggestion(
                function.Name, CompletionSuggestionKind.Function, function.Signature, SchemaDocs.Function(function)));
        }

        foreach (var keyword in new[] { "true", "false", "not" })
        {
            items.Add(new CompletionSuggestion(keyword, CompletionSuggestionKind.Keyword, "keyword", null));
        }

        return items.ToImmutable();
    }

    private static ImmutableArray<CompletionSuggestion> MemberSuggestions(
        CompletionContext context,
        SyntaxNode owner,
        ISchemaCatalog catalog)
    {
        var written = BlockAttributes.Written(owner)
            .Where(property => property.Name != context.Word)
            .Select(property => property.Name.Text)
            .ToHashSet(StringComparer.Ordinal);

        // Required attributes first: they are the ones the block cannot do without.
        var items = BlockAttributes.For(owner, catalog)
            .Where(attribute => !written.Contains(attribute.Schema.Name))
            .OrderBy(attribute => attribute.Schema.Required ? 0 : 1)
            .Select(attribute => new CompletionSuggestion(
                attribute.Schema.Name,
                CompletionSuggestionKind.Attribute,
                $"{attribute.Schema.Type.Name} ({string.Join(", ", SchemaDocs.Notes(attribute.Schema))})",
                SchemaDocs.Attribute(attribute.Schema, attribute.Source))
            {
                InsertText = attribute.Schema.Name + " = ",
            })
            .ToList();

        var keywords = owner switch
        {
            RunbookDeclarationSyntax => ["param", "connection", "require", "step", "plan"],
            PlanBlockSyntax => new[] { "expect" },
            _ => [],
        };
        items.AddRange(keywords.Select(keyword => new CompletionSuggestion(
            keyword, CompletionSuggestionKind.Keyword, "keyword", null)));
        return [.. items];
    }

    // The step, connection, plan block or runbook whose braces enclose the position.
    private static SyntaxNode? Container(CompletionContext context)
    {
        var position = context.WordSpan.Start;
        var token = context.Tokens[context.PreviousIndex];
        foreach (var ancestor in context.Index.Ancestors(token))
        {
            var (open, close, owner) = ancestor switch
            {
                BlockSyntax block => (block.OpenBrace, block.CloseBrace, context.Index.Parent(block)),
                PlanBlockSyntax plan => (plan.OpenBrace, plan.CloseBrace, plan),
                RunbookDeclarationSyntax runbook => (runbook.OpenBrace, runbook.CloseBrace, runbook),
                _ => (null, null, null),
            };
            if (open is { IsMissing: false } && open.Span.End <= position
                && (close!.IsMissing || close.Span.Start >= context.WordSpan.End))
            {
                return owner;
            }
        }

        return null;
    }

    private static IEnumerable<ParamDeclarationSyntax> DeclaredParams(SyntaxTree tree)
        => tree.Root.Runbook.Members.OfType<ParamDeclarationSyntax>()
            .Where(param => !param.Name.IsMissing && Declarations.Find(tree, param.Name.Text) == param);

    // By the binder's rules: a step sees the steps above it, the plan block sees them all, the rest none.
    private static ImmutableArray<StepDeclarationSyntax> VisibleSteps(CompletionContext context)
    {
        var tree = context.Index.Tree;
        var steps = tree.Root.Runbook.Members.OfType<StepDeclarationSyntax>()
            .Where(step => !step.Name.IsMissing && Declarations.Find(tree, step.Name.Text) == step)
            .ToList();
        var anchor = context.PreviousIndex >= 0 ? context.Tokens[context.PreviousIndex] : null;
        var enclosing = anchor is null ? null : context.Index.Ancestors(anchor).OfType<MemberSyntax>()
            .FirstOrDefault(member => member is StepDeclarationSyntax or PlanBlockSyntax
                or ConnectionDeclarationSyntax or RequireDeclarationSyntax);

        return enclosing switch
        {
            PlanBlockSyntax => [.. steps],
            StepDeclarationSyntax current => [.. steps.TakeWhile(step => step.Span.Start < current.Span.Start)],
            _ => [],
        };
    }

    private sealed record CompletionContext(SyntaxIndex Index, int Position, SyntaxToken? Word, int PreviousIndex)
    {
        public ImmutableArray<SyntaxToken> Tokens => Index.Tokens;

        /// <summary>The word being typed, or an empty span at the position.</summary>
        public TextSpan WordSpan => Word?.Span ?? new TextSpan(Position, 0);

        public SyntaxKind KindAt(int index)
            => index >= 0 && index < Tokens.Length ? Tokens[index].Kind : SyntaxKind.None;

        public bool Is(int index, SyntaxKind kind) => KindAt(index) == kind;

        // `steps` at the root of an access, not itself after a dot.
        public bool IsStepsRoot(int index) => KindAt(index) == SyntaxKind.IdentifierToken
            && Tokens[index].Text == SymbolResolver.StepsRoot && !Is(index - 1, SyntaxKind.DotToken);
    }
}
