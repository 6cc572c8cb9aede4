using Runbook.Engine.Text;

namespace Runbook.Engine.Diagnostics;

// Named reporters for RB2xxx. A "hint" argument is a did-you-mean sentence or empty.
public sealed partial class DiagnosticBag
{
    internal void UnknownName(TextSpan span, string name, string hint)
        => Add(DiagnosticCatalog.UnknownName, span, name, hint);

    internal void DuplicateDeclaration(TextSpan span, string name, string firstKind, int firstLine, string thisKind)
        => Add(DiagnosticCatalog.DuplicateDeclaration, span, name, firstKind, firstLine, thisKind);

    internal void UnknownParam(TextSpan span, string name, string hint)
        => Add(DiagnosticCatalog.UnknownParam, span, name, hint);

    internal void UnknownStep(TextSpan span, string name, string hint)
        => Add(DiagnosticCatalog.UnknownStep, span, name, hint);

    internal void StepNotYetRun(TextSpan span, string step, string relation, string current)
        => Add(DiagnosticCatalog.StepNotYetRun, span, step, relation, current);

    internal void TypeMismatch(TextSpan span, string what, string expected, string actual)
        => Add(DiagnosticCatalog.TypeMismatch, span, what, expected, actual);

    internal void ConditionNotBool(TextSpan span, string keyword, string actual)
        => Add(DiagnosticCatalog.ConditionNotBool, span, keyword, actual);

    internal void DefaultTypeMismatch(TextSpan span, string param, string actual, string declared)
        => Add(DiagnosticCatalog.DefaultTypeMismatch, span, param, actual, declared);

    internal void UnknownType(TextSpan span, string name, string hint)
        => Add(DiagnosticCatalog.UnknownType, span, name, hint);

    internal void OperatorTypeMismatch(TextSpan span, string op, string left, string right)
        => Add(DiagnosticCatalog.OperatorTypeMismatch, span, op, left, right);

    internal void DuplicateProperty(TextSpan span, string name, int firstLine)
        => Add(DiagnosticCatalog.DuplicateProperty, span, name, firstLine);

    internal void UnknownProperty(TextSpan span, string name, string owner, string hint)
        => Add(DiagnosticCatalog.UnknownProperty, span, name, owner, hint);

    internal void UnknownStepKind(TextSpan span, string name, string hint)
        => Add(DiagnosticCatalog.UnknownStepKind, span, name, hint);

    internal void UnknownConnectionKind(TextSpan span, string name, string hint)
        => Add(DiagnosticCatalog.UnknownConnectionKind, span, name, hint);

    internal void UnknownFunction(TextSpan span, string name, string hint)
        => Add(DiagnosticCatalog.UnknownFunction, span, name, hint);

    internal void InvalidMemberAccess(TextSpan span, string explanation)
        => Add(DiagnosticCatalog.InvalidMemberAccess, span, explanation);

    internal void NotCallable(TextSpan span, string what) => Add(DiagnosticCatalog.NotCallable, span, what);

    internal void DuplicatePlanBlock(TextSpan span, int firstLine)
        => Add(DiagnosticCatalog.DuplicatePlanBlock, span, firstLine);

    internal void InvalidPropertyValue(TextSpan span, string name, string requirement)
        => Add(DiagnosticCatalog.InvalidPropertyValue, span, name, requirement);

    internal void MixedList(TextSpan span, string item, string first)
        => Add(DiagnosticCatalog.MixedList, span, item, first);

    internal void StepOutputInRequire(TextSpan span, string reference)
        => Add(DiagnosticCatalog.StepOutputInRequire, span, reference);

    internal void DefaultNotLiteral(TextSpan span, string param)
        => Add(DiagnosticCatalog.DefaultNotLiteral, span, param);

    internal void NotPrintable(TextSpan span, string what) => Add(DiagnosticCatalog.NotPrintable, span, what);

    internal void MissingRequiredProperty(TextSpan span, string owner, string name, string type)
        => Add(DiagnosticCatalog.MissingRequiredProperty, span, owner, name, type);

    internal void EmptyName(TextSpan span) => Add(DiagnosticCatalog.EmptyName, span);

    internal void WrongArgumentCount(TextSpan span, string function, string expected, int actual)
        => Add(DiagnosticCatalog.WrongArgumentCount, span, function, expected, actual);

    internal void SecretNotAccepted(TextSpan span, string attribute, string name)
        => Add(DiagnosticCatalog.SecretNotAccepted, span, attribute, name);

    internal void SecretInOutput(TextSpan span, string name, string place)
        => Add(DiagnosticCatalog.SecretInOutput, span, name, place);

    internal void UnusedParam(TextSpan span, string name) => Add(DiagnosticCatalog.UnusedParam, span, name);

    internal void UnusedConnection(TextSpan span, string name) => Add(DiagnosticCatalog.UnusedConnection, span, name);
}
