namespace Mentorship.AppHost.Orchestration;

/// <summary>The most recent output lines of a resource (a ring buffer, like the dashboard's console logs).</summary>
public sealed class ResourceLog
{
    public const int DefaultCapacity = 2000;

    private readonly LogLine[] _lines;
    private readonly Lock _gate = new();
    private long _count;

    public ResourceLog(int capacity = DefaultCapacity)
    {
        _lines = new LogLine[capacity];
    }

    /// <summary>How many lines were ever added.</summary>
    public long Count
    {
        get
        {
            lock (_gate)
                return _count;
        }
    }

    public LogLine Add(string text, bool isError)
    {
        lock (_gate)
        {
            var line = new LogLine(_count + 1, DateTimeOffset.Now, text, isError);
            _lines[_count % _lines.Length] = line;
            _count++;
            return line;
        }
    }

    /// <summary>The kept lines, oldest first; at most <paramref name="last"/> of them when given.</summary>
    public IReadOnlyList<LogLine> Lines(int? last = null)
    {
        lock (_gate)
        {
            var kept = (int)Math.Min(_count, _lines.Length);
            var take = Math.Min(kept, last ?? kept);
            var lines = new LogLine[take];
            for (var i = 0; i < take; i++)
                lines[i] = _lines[(_count - take + i) % _lines.Length];
            return lines;
        }
    }
}
