namespace Runbook.Engine.Binding;

/// <summary>How far an expression can see into step outputs.</summary>
internal enum StepOutputVisibility
{
    /// <summary>Connections and requires: nothing has run yet.</summary>
    None,

    /// <summary>A step's attributes: the steps written before it.</summary>
    EarlierSteps,

    /// <summary>The plan block: every step.</summary>
    All,
}
