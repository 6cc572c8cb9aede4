using Runbook.Engine.Binding;

namespace Runbook.Engine.Plugins;

/// <summary>A value a step produces, readable as <c>steps.NAME.OUTPUT</c>.</summary>
/// <param name="Name">The output's name, e.g. <c>deleted_records</c>.</param>
/// <param name="Type">Its type.</param>
/// <param name="Doc">One line saying what it holds.</param>
public sealed record OutputSchema(string Name, RunbookType Type, string Doc);
