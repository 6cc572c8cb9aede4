using System.Collections.Immutable;

namespace Runbook.Engine.Syntax;

/// <summary>
/// The lexer's tokens as the parser reads them: by index, stored in fixed-size chunks. One array of every
/// token would be a large-object-heap allocation from a few thousand lines on, and each of those counts
/// towards a full collection of the heap, which made parse time grow faster than the file.
/// </summary>
internal sealed class SyntaxTokenBuffer
{
    // 4,096 references make 32 KB, well under the 85,000 bytes at which the runtime puts arrays in the large
    // object heap.
    private const int ChunkBits = 12;
    private const int ChunkSize = 1 << ChunkBits;
    private const int ChunkMask = ChunkSize - 1;

    private readonly List<SyntaxToken[]> _chunks = [];

    public int Count { get; private set; }

    public SyntaxToken this[int index] => _chunks[index >> ChunkBits][index & ChunkMask];

    public void Add(SyntaxToken token)
    {
        if ((Count & ChunkMask) == 0)
        {
            _chunks.Add(new SyntaxToken[ChunkSize]);
        }

        _chunks[^1][Count & ChunkMask] = token;
        Count++;
    }

    public ImmutableArray<SyntaxToken> ToImmutableArray()
    {
        var tokens = ImmutableArray.CreateBuilder<SyntaxToken>(Count);
        for (var i = 0; i < Count; i++)
        {
            tokens.Add(this[i]);
        }

        return tokens.MoveToImmutable();
    }
}
