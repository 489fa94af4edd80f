using System.Text;
using Mentorship.Matching.Engine.Solving;

namespace Mentorship.Matching.Engine.Instances;

/// <summary>A solution as read back from the interchange format, before anyone checks it against an instance.</summary>
public sealed record SolutionFile(int Matched, long TotalWeight, IReadOnlyList<MatchingPair> Pairs)
{
    public static SolutionFile Parse(string text) => Read(new MemoryStream(Encoding.UTF8.GetBytes(text)));

    public static SolutionFile ReadFile(string path)
    {
        using var stream = File.OpenRead(path);
        return Read(stream);
    }

    /// <exception cref="InstanceFormatException">The text is not a well-formed solution.</exception>
    public static SolutionFile Read(Stream stream)
    {
        var tokens = new ByteTokenizer(stream);
        var matched = tokens.ReadInteger("matched count", out var line);
        if (matched is < 0 or > InstanceReader.MaxParticipants)
        {
            throw new InstanceFormatException(line, $"matched count {matched} is out of range");
        }

        var total = tokens.ReadInteger("total weight", out _);
        var pairs = new List<MatchingPair>((int)matched);
        for (var k = 0; k < matched; k++)
        {
            var mentee = tokens.ReadInteger($"mentee of pair {k}", out line);
            var mentor = tokens.ReadInteger($"mentor of pair {k}", out _);
            if (mentee is < 0 or > int.MaxValue || mentor is < 0 or > int.MaxValue)
            {
                throw new InstanceFormatException(line, "index out of range");
            }

            pairs.Add(new MatchingPair((int)mentee, (int)mentor));
        }

        if (!tokens.AtEnd())
        {
            throw new InstanceFormatException(tokens.Line, $"unexpected content after the last pair: '{tokens.PeekTokenText()}'");
        }

        return new SolutionFile((int)matched, total, pairs);
    }
}
