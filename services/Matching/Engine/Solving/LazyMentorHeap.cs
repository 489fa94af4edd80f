namespace Mentorship.Matching.Engine.Solving;

/// <summary>
/// Max-heap of mentors by price, validated lazily: within a phase prices only fall, so an entry
/// whose key no longer equals its mentor's price is stale and too high, and is refreshed when it
/// reaches the top. This finds the mentor sink's best residual arc without scanning every mentor.
/// </summary>
internal sealed class LazyMentorHeap
{
    private long[] _key = new long[64];
    private int[] _mentor = new int[64];
    private int _count;

    public void Clear() => _count = 0;

    public void Push(long key, int mentor)
    {
        if (_count == _key.Length)
        {
            Array.Resize(ref _key, _count * 2);
            Array.Resize(ref _mentor, _count * 2);
        }

        var at = _count++;
        while (at > 0)
        {
            var parent = (at - 1) >> 1;
            if (_key[parent] >= key)
            {
                break;
            }

            _key[at] = _key[parent];
            _mentor[at] = _mentor[parent];
            at = parent;
        }

        _key[at] = key;
        _mentor[at] = mentor;
    }

    /// <summary>The mentor with the highest current price among those <paramref name="isMember"/> accepts, or -1.</summary>
    public int Top(long[] price, Func<int, bool> isMember)
    {
        while (_count > 0)
        {
            var mentor = _mentor[0];
            var key = _key[0];
            if (!isMember(mentor))
            {
                Pop();
            }
            else if (key != price[mentor])
            {
                Pop();
                Push(price[mentor], mentor);
            }
            else
            {
                return mentor;
            }
        }

        return -1;
    }

    private void Pop()
    {
        var count = --_count;
        if (count == 0)
        {
            return;
        }

        var key = _key[count];
        var mentor = _mentor[count];
        var at = 0;
        while (true)
        {
            var child = (2 * at) + 1;
            if (child >= count)
            {
                break;
            }

            if (child + 1 < count && _key[child + 1] > _key[child])
            {
                child++;
            }

            if (_key[child] <= key)
            {
                break;
            }

            _key[at] = _key[child];
            _mentor[at] = _mentor[child];
            at = child;
        }

        _key[at] = key;
        _mentor[at] = mentor;
    }
}
