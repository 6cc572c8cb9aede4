using System.Collections.Immutable;
using Runbook.Engine.Plugins;
using Runbook.Engine.Runtime;
using Runbook.Steps.Plugins.Intacct;
using Runbook.Steps.Plugins.Rules;
using Runbook.Steps.Plugins.Salesforce;

namespace Runbook.Steps.Plugins.Functions;

/// <summary>
/// Reads a function's arguments by position. The binder has checked their types against the schema, so a
/// mismatch means a connection of another kind was passed where any connection is accepted.
/// </summary>
internal static class FunctionArguments
{
    public static string Text(ImmutableArray<object?> arguments, int index, string function) =>
        arguments.Length > index && arguments[index] is string text
            ? text
            : throw new EvaluationException($"{function}: argument {index + 1} must be a string.");

    public static string? OptionalText(ImmutableArray<object?> arguments, int index) =>
        arguments.Length > index ? arguments[index] as string : null;

    public static ConnectionHandle Connection(ImmutableArray<object?> arguments, int index, string function) =>
        arguments.Length > index && arguments[index] is ConnectionHandle handle
            ? handle
            : throw new EvaluationException($"{function}: argument {index + 1} must be a connection.");

    public static T Connection<T>(ImmutableArray<object?> arguments, int index, string function, string kind)
        where T : ConnectionHandle
    {
        var handle = Connection(arguments, index, function);
        return handle as T ?? throw new EvaluationException(
            $"{function}: argument {index + 1} must be a {kind} connection, but '{handle.Name}' is a " +
            $"{handle.Kind} connection.");
    }

    /// <summary>A connection as the linking rules see it, whatever its kind.</summary>
    public static SystemIdentity System(ConnectionHandle handle) => handle switch
    {
        SalesforceHandle salesforce => salesforce.System,
        IntacctHandle intacct => intacct.System,
        _ => new SystemIdentity(handle.Name, handle.Kind, handle.Identity.Id, handle.Identity.OrgType),
    };

    /// <summary>The type <c>org_type(c)</c> returns for a connection.</summary>
    public static string? OrgTypeName(ConnectionHandle handle) => handle switch
    {
        SalesforceHandle salesforce => salesforce.OrgTypeName,
        IntacctHandle intacct => intacct.CompanyType,
        _ => handle.Identity.OrgType,
    };
}
