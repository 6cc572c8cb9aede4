using Runbook.Engine.Syntax;

namespace Runbook.Engine.Binding;

/// <summary>A declared <c>param</c>.</summary>
public sealed class ParamSymbol
{
    internal ParamSymbol(
        string name,
        RunbookType type,
        bool hasDefault,
        object? defaultValue,
        ParamDeclarationSyntax syntax)
    {
        Name = name;
        Type = type;
        HasDefault = hasDefault;
        DefaultValue = defaultValue;
        Syntax = syntax;
    }

    /// <summary>The param's name.</summary>
    public string Name { get; }

    /// <summary>The declared type.</summary>
    public RunbookType Type { get; }

    /// <summary>True when the declaration gives a default; a param without one must be supplied.</summary>
    public bool HasDefault { get; }

    /// <summary>The default: a string, long, bool, TimeSpan, or an immutable array of those.</summary>
    public object? DefaultValue { get; }

    /// <summary>The declaration.</summary>
    public ParamDeclarationSyntax Syntax { get; }
}
