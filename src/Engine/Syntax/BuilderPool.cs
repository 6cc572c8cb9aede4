using System.Collections.Immutable;

namespace Runbook.Engine.Syntax;

/// <summary>
/// Builders that one parser reuses for the lists it reads. A file has a list of some kind in nearly every
/// declaration; renting a builder that has already grown spares a builder and its growing arrays each time,
/// and nesting (a list inside a call inside a list) simply rents another.
/// </summary>
internal sealed class BuilderPool<T>
{
    private readonly Stack<ImmutableArray<T>.Builder> _free = new();

    public ImmutableArray<T>.Builder Rent() => _free.Count > 0 ? _free.Pop() : ImmutableArray.CreateBuilder<T>();

    /// <summary>Copies the builder's items into an array of their exact size and takes the builder back.</summary>
    public ImmutableArray<T> ToImmutableAndReturn(ImmutableArray<T>.Builder builder)
    {
        var items = builder.ToImmutable();
        builder.Clear();
        _free.Push(builder);
        return items;
    }
}
