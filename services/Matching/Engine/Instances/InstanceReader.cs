using System.Text;

namespace Mentorship.Matching.Engine.Instances;

/// <summary>
/// Reads the instance interchange format (see matching-format.md): a header
/// <c>nMentees nMentors nArcs</c>, the mentors' capacities, then one
/// <c>mentee mentor weight</c> triple per allowed pair. Anything malformed is refused with an
/// <see cref="InstanceFormatException"/> naming the line.
/// </summary>
public static class InstanceReader
{
    /// <summary>Guards allocations against a hostile header; real rounds are far below it.</summary>
    public const int MaxParticipants = 10_000_000;

    public static MatchingInstance ReadFile(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
        return Read(stream);
    }

    public static MatchingInstance Parse(string text) => Read(new MemoryStream(Encoding.UTF8.GetBytes(text)));

    public static MatchingInstance Read(Stream stream)
    {
        var tokens = new ByteTokenizer(stream);
        var menteeCount = ReadCount(tokens, "nMentees", MaxParticipants);
        var mentorCount = ReadCount(tokens, "nMentors", MaxParticipants);
        var arcCount = ReadCount(tokens, "nArcs", int.MaxValue / 2, out var headerLine);
        if (arcCount > (long)menteeCount * mentorCount)
        {
            throw new InstanceFormatException(headerLine, $"nArcs {arcCount} exceeds nMentees * nMentors = {(long)menteeCount * mentorCount}: some pair would repeat");
        }

        var capacities = new int[mentorCount];
        for (var j = 0; j < mentorCount; j++)
        {
            var capacity = tokens.ReadInteger("capacity of mentor", j, out var line);
            if (capacity < 0)
            {
                throw new InstanceFormatException(line, $"capacity of mentor {j} must be >= 0, got {capacity}");
            }

            capacities[j] = (int)InRange(capacity, 0, int.MaxValue, line, "capacity");
        }

        var arcs = new ArcListBuilder(Math.Min(arcCount, 1 << 24));
        var lines = new int[Math.Max(1, Math.Min(arcCount, 1 << 24))];
        for (var a = 0; a < arcCount; a++)
        {
            if (tokens.AtEnd())
            {
                throw new InstanceFormatException(tokens.Line, $"file ended after {a} of {arcCount} arcs");
            }

            var mentee = tokens.ReadInteger("mentee index of arc", a, out var line);
            InRange(mentee, 0, menteeCount - 1, line, "mentee index");
            var mentor = tokens.ReadInteger("mentor index of arc", a, out line);
            InRange(mentor, 0, mentorCount - 1, line, "mentor index");
            var weight = tokens.ReadInteger("weight of arc", a, out line);
            InRange(weight, 0, MatchingInstance.MaxWeight, line, "weight");
            if (a == lines.Length)
            {
                Array.Resize(ref lines, lines.Length * 2);
            }

            lines[a] = line;
            arcs.Add((int)mentee, (int)mentor, (int)weight);
        }

        if (!tokens.AtEnd())
        {
            throw new InstanceFormatException(tokens.Line, $"unexpected content after the last arc: '{tokens.PeekTokenText()}'");
        }

        var instance = arcs.Build(menteeCount, capacities, out var duplicate);
        if (duplicate is { } repeat)
        {
            throw new InstanceFormatException(lines[repeat.Later], $"pair repeats the pair on line {lines[repeat.Earlier]}: at most one line per pair");
        }

        return instance;
    }

    private static int ReadCount(ByteTokenizer tokens, string what, int max) => ReadCount(tokens, what, max, out _);

    private static int ReadCount(ByteTokenizer tokens, string what, int max, out int line)
    {
        var value = tokens.ReadInteger($"header value {what}", out line);
        return (int)InRange(value, 0, max, line, what);
    }

    private static long InRange(long value, long min, long max, int line, string what)
    {
        if (value < min || value > max)
        {
            var range = max < min ? "(there are none)" : $"{min}..{max}";
            throw new InstanceFormatException(line, $"{what} {value} is out of range {range}");
        }

        return value;
    }
}
