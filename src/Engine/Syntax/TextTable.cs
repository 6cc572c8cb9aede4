using System.Runtime.CompilerServices;

namespace Runbook.Engine.Syntax;

/// <summary>
/// Hands out one string per distinct short text, so that the thousands of <c>org</c>, <c>=</c> and
/// four-space indents of a file share a few strings instead of allocating one each. It is a fixed-size,
/// direct-mapped cache: a slot holds the last text that hashed to it, so a miss costs one allocation and
/// memory stays bounded whatever the input. Strings are immutable, so sharing them between files is safe;
/// each thread has its own table, so no locking is needed.
/// </summary>
internal sealed class TextTable
{
    // Names, numbers, indents and short strings repeat; longer texts rarely do, and hashing them is wasted.
    private const int MaxCachedLength = 40;
    private const int SlotCount = 4_096;

    [ThreadStatic]
    private static TextTable? _current;

    private readonly string?[] _slots = new string?[SlotCount];

    /// <summary>The calling thread's table.</summary>
    public static TextTable Current => _current ??= new TextTable();

    /// <summary>
    /// The text of <paramref name="length"/> characters at <paramref name="start"/>, shared when possible.
    /// </summary>
    public string Get(string text, int start, int length)
    {
        if (length == 0)
        {
            return string.Empty;
        }

        if (length > MaxCachedLength)
        {
            return text.Substring(start, length);
        }

        return Get(text.AsSpan(start, length));
    }

    /// <summary>The text of <paramref name="span"/>, shared when possible.</summary>
    public string Get(ReadOnlySpan<char> span)
    {
        if (span.IsEmpty)
        {
            return string.Empty;
        }

        if (span.Length > MaxCachedLength)
        {
            return span.ToString();
        }

        ref var slot = ref _slots[Hash(span) & (SlotCount - 1)];
        if (slot is { } cached && span.SequenceEqual(cached))
        {
            return cached;
        }

        return slot = span.ToString();
    }

    // FNV-1a over the characters: cheap for the short texts cached here, and good enough to spread them.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Hash(ReadOnlySpan<char> span)
    {
        var hash = 2_166_136_261u;
        foreach (var c in span)
        {
            hash = (hash ^ c) * 16_777_619u;
        }

        return (int)hash;
    }
}
