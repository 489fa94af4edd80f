namespace Mentorship.Matching.Engine.Solving;

/// <summary>
/// Many small max-heaps of (key, item) in two flat arrays, one heap per group at a fixed offset:
/// the mentees a mentor holds, keyed by how weakly each is attached to it.
/// </summary>
internal sealed class GroupedMaxHeaps
{
    private readonly int[] _start;
    private readonly int[] _count;
    private readonly long[] _key;
    private readonly int[] _item;

    /// <param name="sizes">The most items each group can hold at once.</param>
    public GroupedMaxHeaps(ReadOnlySpan<int> sizes)
    {
        _start = new int[sizes.Length];
        _count = new int[sizes.Length];
        long total = 0;
        for (var g = 0; g < sizes.Length; g++)
        {
            _start[g] = checked((int)total);
            total += sizes[g];
        }

        _key = new long[total];
        _item = new int[total];
    }

    public int Count(int group) => _count[group];

    public long MaxKey(int group) => _key[_start[group]];

    public void Clear() => Array.Clear(_count);

    public void Push(int group, long key, int item)
    {
        var start = _start[group];
        var at = _count[group]++;
        while (at > 0)
        {
            var parent = (at - 1) >> 1;
            if (_key[start + parent] >= key)
            {
                break;
            }

            _key[start + at] = _key[start + parent];
            _item[start + at] = _item[start + parent];
            at = parent;
        }

        _key[start + at] = key;
        _item[start + at] = item;
    }

    public int PopMax(int group)
    {
        var start = _start[group];
        var top = _item[start];
        var count = --_count[group];
        if (count == 0)
        {
            return top;
        }

        var key = _key[start + count];
        var item = _item[start + count];
        var at = 0;
        while (true)
        {
            var child = (2 * at) + 1;
            if (child >= count)
            {
                break;
            }

            if (child + 1 < count && _key[start + child + 1] > _key[start + child])
            {
                child++;
            }

            if (_key[start + child] <= key)
            {
                break;
            }

            _key[start + at] = _key[start + child];
            _item[start + at] = _item[start + child];
            at = child;
        }

        _key[start + at] = key;
        _item[start + at] = item;
        return top;
    }
}
