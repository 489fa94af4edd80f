using System.Numerics;

namespace Mentorship.Matching.Engine.Scoring;

/// <summary>
/// One set-valued attribute (languages, sectors...) for many participants as bitsets over an
/// interned vocabulary, one row of <see cref="Words"/> 64-bit words per participant: counting shared
/// codes is an AND and a popcount.
/// </summary>
internal sealed class CodeSetColumn
{
    private readonly ulong[] _bits;
    private readonly int[] _count;

    public CodeSetColumn(int rows, int vocabularySize)
    {
        Words = Math.Max(1, (vocabularySize + 63) / 64);
        _bits = new ulong[rows * Words];
        _count = new int[rows];
    }

    public int Words { get; }

    public void Add(int row, int code)
    {
        ref var word = ref _bits[(row * Words) + (code >> 6)];
        var bit = 1UL << (code & 63);
        if ((word & bit) == 0)
        {
            word |= bit;
            _count[row]++;
        }
    }

    /// <summary>How many distinct codes the row holds.</summary>
    public int Count(int row) => _count[row];

    /// <summary>Appends the codes of a row to <paramref name="codes"/>, in id order.</summary>
    public void CodesOf(int row, List<int> codes)
    {
        var words = _bits.AsSpan(row * Words, Words);
        for (var w = 0; w < words.Length; w++)
        {
            var word = words[w];
            while (word != 0)
            {
                codes.Add((w * 64) + BitOperations.TrailingZeroCount(word));
                word &= word - 1;
            }
        }
    }

    public int Shared(int row, CodeSetColumn other, int otherRow)
    {
        if (Words == 1)
        {
            return BitOperations.PopCount(_bits[row] & other._bits[otherRow]);
        }

        var a = _bits.AsSpan(row * Words, Words);
        var b = other._bits.AsSpan(otherRow * Words, Words);
        var shared = 0;
        for (var w = 0; w < a.Length; w++)
        {
            shared += BitOperations.PopCount(a[w] & b[w]);
        }

        return shared;
    }
}
