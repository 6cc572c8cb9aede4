using System.Collections.Immutable;

namespace Runbook.Engine.Syntax;

/// <summary>
/// Builders that one parser reuses for the lists it reads. A file has a list of some kind in nearly every
/// declaration; renting a builder that has already grown spares a builder and its growing arrays each time,
/// and nesting (a list inside a call inside a list) simply rents another.
/// </summary>
/// <remarks>
/// The free builders are kept in a plain array rather than a <see cref="Stack{T}"/>: a parser has a pool for
/// each kind of list, and each Stack over a builder type is a handful of generic types for the runtime to
/// load when <c>runbook check</c> starts.
/// </remarks>
internal sealed class BuilderPool<T>
{
    private ImmutableArray<T>.Builder[] _free = new ImmutableArray<T>.Builder[4];
    private int _freeCount;

    public ImmutableArray<T>.Builder Rent()
        => _freeCount > 0 ? _free[--_freeCount] : ImmutableArray.CreateBuilder<T>();

    /// <summary>Copies the builder's items into an array of their exact size and takes the builder back.</summary>
    public ImmutableArray<T> ToImmutableAndReturn(ImmutableArray<T>.Builder builder)
    {
        var items = builder.ToImmutable();
        builder.Clear();
        if (_freeCount == _free.Length)
        {
            Array.Resize(ref _free, _free.Length * 2);
        }

        _free[_freeCount++] = builder;
        return items;
    }
}
