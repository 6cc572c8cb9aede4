namespace Runbook.Engine.Binding;

/// <summary>
/// What a block of properties belongs to, as diagnostics name it: "the runbook", "a salesforce.delete_records
/// step". The words are put together only when a diagnostic needs them, not once per block of every file.
/// </summary>
/// <param name="Kind">The plugin kind of a step or connection; null for the runbook and the plan block.</param>
/// <param name="Noun">"step" or "connection" after a kind, or the whole name ("the plan block") without one.</param>
internal readonly record struct PropertyOwner(string? Kind, string Noun)
{
    public string Describe() => Kind is null ? Noun : $"a {Kind} {Noun}";
}
