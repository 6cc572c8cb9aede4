using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Runbook.Engine.Binding.Bound;
using Runbook.Engine.Diagnostics;
using Runbook.Engine.Syntax;

namespace Runbook.Engine.Binding;

// Expressions: names, member access, calls, lists, strings and operators.
internal sealed partial class Binder
{
    private const string StepsRoot = "steps";

    private BoundExpression BindExpression(ExpressionSyntax syntax, StepOutputScope scope) => syntax switch
    {
        LiteralExpressionSyntax literal => BindLiteral(literal),
        StringExpressionSyntax text => BindString(text, scope),
        NameExpressionSyntax name => BindName(name),
        MemberAccessExpressionSyntax access => BindMemberAccess(access, scope),
        CallExpressionSyntax call => BindCall(call, scope),
        ListExpressionSyntax list => BindList(list, scope),
        ParenthesizedExpressionSyntax parenthesized => BindExpression(parenthesized.Expression, scope),
        BinaryExpressionSyntax binary => BindBinary(binary, scope),
        UnaryExpressionSyntax unary => BindNot(unary, scope),
        ParamRootExpressionSyntax root => ReportInvalidAccess(
            root,
            "'param' must be followed by the param's name, as in param.sandbox."),
        _ => new BoundError(syntax),
    };

    private static BoundExpression BindLiteral(LiteralExpressionSyntax syntax)
    {
        // The token's kind picks the value's type here and in BoundLiteral.TypeOf alike.
        var token = syntax.Token;
        switch (token.Kind)
        {
            case SyntaxKind.TrueKeyword:
                return new BoundLiteral(syntax, true);
            case SyntaxKind.FalseKeyword:
                return new BoundLiteral(syntax, false);
            case SyntaxKind.IntegerLiteralToken:
                var integer = LiteralGrammar.ParseInteger(token.Text);
                return integer.IsSuccess
                    ? new BoundLiteral(syntax, integer.Value)
                    : new BoundError(syntax);
            default:
                var duration = LiteralGrammar.ParseDuration(token.Text);
                return duration.IsSuccess
                    ? new BoundLiteral(syntax, duration.Value)
                    : new BoundError(syntax);
        }
    }

    private BoundExpression BindString(StringExpressionSyntax syntax, StepOutputScope scope)
    {
        var interpolations = BindEach(syntax.Interpolations, static interpolation => interpolation, scope);
        for (var i = 0; i < interpolations.Length; i++)
        {
            if (interpolations[i].Type.Kind is RunbookTypeKind.List or RunbookTypeKind.Connection)
            {
                _diagnostics.NotPrintable(
                    syntax.Interpolations[i].Span, Capitalize(interpolations[i].Type.Description));
            }
        }

        return new BoundString(syntax, interpolations);
    }

    private BoundExpression BindName(NameExpressionSyntax syntax)
    {
        var name = syntax.Identifier.Text;
        if (syntax.Identifier.IsMissing)
        {
            return new BoundError(syntax);
        }

        if (_connections.TryGetValue(name, out var connection))
        {
            _usedNames.Add(name);
            return new BoundConnectionReference(syntax, connection);
        }

        var hint = _params.ContainsKey(name) ? $" Did you mean 'param.{name}'?"
            : _steps.ContainsKey(name) ? $" Did you mean 'steps.{name}.OUTPUT'?"
            : name == StepsRoot ? " Write steps.NAME.OUTPUT to use a step's output."
            : SpellingSuggestion.Hint(name, _connections.Keys);
        _diagnostics.UnknownName(syntax.Span, name, hint);
        return new BoundError(syntax);
    }

    private BoundExpression BindMemberAccess(MemberAccessExpressionSyntax syntax, StepOutputScope scope)
    {
        if (syntax.Name.IsMissing)
        {
            return new BoundError(syntax);
        }

        switch (syntax.Target)
        {
            case ParamRootExpressionSyntax:
                return BindParamReference(syntax);
            case MemberAccessExpressionSyntax { Target: NameExpressionSyntax { Identifier.Text: StepsRoot } } step
                when !_connections.ContainsKey(StepsRoot):
                return BindStepOutput(syntax, step.Name, scope);
            case NameExpressionSyntax { Identifier.Text: StepsRoot } when !_connections.ContainsKey(StepsRoot):
                return ReportInvalidAccess(syntax,
                    $"steps.{syntax.Name.Text} needs the output to read, as in steps.{syntax.Name.Text}.OUTPUT.");
        }

        var target = BindExpression(syntax.Target, scope);
        return target.Type.IsIndeterminate
            ? new BoundError(syntax)
            : ReportInvalidAccess(syntax, $"{Capitalize(target.Type.Description)} has no member '{syntax.Name.Text}'.");
    }

    private BoundExpression BindParamReference(MemberAccessExpressionSyntax syntax)
    {
        var name = syntax.Name.Text;
        if (_params.TryGetValue(name, out var param))
        {
            _usedNames.Add(name);
            return new BoundParamReference(syntax, param);
        }

        _diagnostics.UnknownParam(syntax.Name.Span, name, SpellingSuggestion.Hint(name, _params.Keys));
        return new BoundError(syntax);
    }

    private BoundExpression BindStepOutput(
        MemberAccessExpressionSyntax syntax,
        SyntaxToken stepName,
        StepOutputScope scope)
    {
        if (stepName.IsMissing)
        {
            return new BoundError(syntax);
        }

        if (!_steps.TryGetValue(stepName.Text, out var step))
        {
            _diagnostics.UnknownStep(stepName.Span, stepName.Text, SpellingSuggestion.Hint(stepName.Text, _steps.Keys));
            return new BoundError(syntax);
        }

        var reference = $"{step.Name}.{syntax.Name.Text}";
        switch (scope.Kind)
        {
            case StepOutputVisibility.None:
                _diagnostics.StepOutputInRequire(syntax.Span, reference);
                return new BoundError(syntax);
            case StepOutputVisibility.EarlierSteps when step.Index >= scope.CurrentStep!.Index:
                var relation = step == scope.CurrentStep ? "is this step itself" : "runs after this one";
                _diagnostics.StepNotYetRun(stepName.Span, step.Name, relation, scope.CurrentStep.Name);
                return new BoundError(syntax);
        }

        if (step.Schema is null)
        {
            return new BoundStepOutput(syntax, step, syntax.Name.Text, RunbookType.Unknown);
        }

        var output = step.Schema.Outputs.FirstOrDefault(candidate => candidate.Name == syntax.Name.Text);
        if (output is null)
        {
            var hint = SpellingSuggestion.Hint(
                syntax.Name.Text,
                step.Schema.Outputs.Select(candidate => candidate.Name));
            var known = step.Schema.Outputs.IsEmpty
                ? "it produces no outputs"
                : "its outputs are " + string.Join(", ", step.Schema.Outputs.Select(candidate => candidate.Name));
            return ReportInvalidAccess(syntax,
                $"Step '{step.Name}' ({step.Kind}) has no output '{syntax.Name.Text}'; {known}.{hint}");
        }

        return new BoundStepOutput(syntax, step, output.Name, output.Type);
    }

    private BoundError ReportInvalidAccess(ExpressionSyntax syntax, string explanation)
    {
        _diagnostics.InvalidMemberAccess(syntax.Span, explanation);
        return new BoundError(syntax);
    }

    private BoundExpression BindCall(CallExpressionSyntax syntax, StepOutputScope scope)
    {
        var arguments = BindEach(syntax.Arguments, static argument => argument.Expression, scope);
        if (syntax.Target is not NameExpressionSyntax { Identifier: { IsMissing: false } name })
        {
            var target = BindExpression(syntax.Target, scope);
            if (!target.Type.IsIndeterminate)
            {
                _diagnostics.NotCallable(syntax.Target.Span, target.Type.Description);
            }

            return new BoundError(syntax);
        }

        var function = _catalog.FindFunction(name.Text);
        if (function is null)
        {
            if (_reportUnknownPlugins)
            {
                _diagnostics.UnknownFunction(name.Span, name.Text,
                    SpellingSuggestion.Hint(name.Text, _catalog.Functions.Select(known => known.Name)));
                return new BoundError(syntax);
            }

            return new BoundCall(syntax, name.Text, null, arguments, RunbookType.Unknown);
        }

        CheckArguments(syntax, function, arguments);
        return new BoundCall(syntax, name.Text, function, arguments, function.ReturnType);
    }

    private void CheckArguments(
        CallExpressionSyntax syntax,
        Plugins.FunctionSchema function,
        ImmutableArray<BoundExpression> arguments)
    {
        if (arguments.Length < function.MinimumArity || arguments.Length > function.Parameters.Length)
        {
            var expected = function.MinimumArity == function.Parameters.Length
                ? Count(function.Parameters.Length)
                : $"{function.MinimumArity} to {Count(function.Parameters.Length)}";
            _diagnostics.WrongArgumentCount(syntax.Span, function.Signature, expected, arguments.Length);
            return;
        }

        for (var i = 0; i < arguments.Length; i++)
        {
            var parameter = function.Parameters[i];
            if (!arguments[i].Type.IsAssignableTo(parameter.Type))
            {
                _diagnostics.TypeMismatch(arguments[i].Syntax.Span, $"{function.Name}({parameter.Name})",
                    parameter.Type.Description, arguments[i].Type.Description);
            }
        }
    }

    private static string Count(int arguments) => arguments == 1 ? "1 argument" : $"{arguments} arguments";

    private BoundExpression BindList(ListExpressionSyntax syntax, StepOutputScope scope)
    {
        var items = BindEach(syntax.Items, static item => item.Expression, scope);
        BoundExpression? first = null;
        foreach (var item in items)
        {
            if (first is null)
            {
                first = item.Type.IsIndeterminate ? null : item;
            }
            else if (!item.Type.IsAssignableTo(first.Type))
            {
                _diagnostics.MixedList(item.Syntax.Span, item.Type.Description, first.Type.Description);
            }
        }

        return new BoundList(syntax, items, RunbookType.ListOf(first?.Type ?? RunbookType.Unknown));
    }

    // Binds the expression in each of some syntax nodes into an array of exactly their number: the binder
    // runs once per expression of a file, so LINQ's iterators and growing builders were a large part of what
    // it allocated.
    private ImmutableArray<BoundExpression> BindEach<TSyntax>(
        ImmutableArray<TSyntax> nodes,
        Func<TSyntax, ExpressionSyntax> expressionOf,
        StepOutputScope scope)
    {
        if (nodes.IsEmpty)
        {
            return [];
        }

        var bound = new BoundExpression[nodes.Length];
        for (var i = 0; i < nodes.Length; i++)
        {
            bound[i] = BindExpression(expressionOf(nodes[i]), scope);
        }

        return ImmutableCollectionsMarshal.AsImmutableArray(bound);
    }

    private BoundExpression BindBinary(BinaryExpressionSyntax syntax, StepOutputScope scope)
    {
        var left = BindExpression(syntax.Left, scope);
        var right = BindExpression(syntax.Right, scope);
        var op = BoundBinary.OperatorOf(syntax.OperatorToken.Kind);
        if (!OperandsFit(op, left.Type, right.Type))
        {
            _diagnostics.OperatorTypeMismatch(
                syntax.OperatorToken.Span, syntax.OperatorToken.Text, left.Type.Description, right.Type.Description);
        }

        return new BoundBinary(syntax, left, right);
    }

    private static bool OperandsFit(BinaryOperator op, RunbookType left, RunbookType right) => op switch
    {
        BinaryOperator.And or BinaryOperator.Or =>
            left.IsAssignableTo(RunbookType.Bool) && right.IsAssignableTo(RunbookType.Bool),
        BinaryOperator.Equal or BinaryOperator.NotEqual =>
            left.IsAssignableTo(right) || right.IsAssignableTo(left),
        _ => left.IsIndeterminate || right.IsIndeterminate
            || left.Kind == right.Kind && left.Kind is RunbookTypeKind.Int or RunbookTypeKind.Duration,
    };

    private BoundExpression BindNot(UnaryExpressionSyntax syntax, StepOutputScope scope)
    {
        var operand = BindExpression(syntax.Operand, scope);
        if (!operand.Type.IsAssignableTo(RunbookType.Bool))
        {
            _diagnostics.TypeMismatch(
                syntax.Operand.Span,
                "not",
                RunbookType.Bool.Description,
                operand.Type.Description);
        }

        return new BoundNot(syntax, operand);
    }
}
