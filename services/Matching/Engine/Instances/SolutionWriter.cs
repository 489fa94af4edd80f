using System.Text;
using Mentorship.Matching.Engine.Solving;

namespace Mentorship.Matching.Engine.Instances;

/// <summary>Writes a solution in the interchange format: <c>matched totalWeight</c>, then one <c>mentee mentor</c> line per pair in mentee order.</summary>
public static class SolutionWriter
{
    public static void Write(MatchingSolution solution, Stream stream)
    {
        using var writer = new StreamWriter(stream, new UTF8Encoding(false), bufferSize: 1 << 16, leaveOpen: true) { NewLine = "\n" };
        writer.WriteLine($"{solution.MatchedCount} {solution.TotalWeight}");
        Span<char> line = stackalloc char[24];
        foreach (var pair in solution.Pairs())
        {
            pair.Mentee.TryFormat(line, out var used);
            line[used++] = ' ';
            pair.Mentor.TryFormat(line[used..], out var more);
            used += more;
            line[used++] = '\n';
            writer.Write(line[..used]);
        }
    }

    public static string ToText(MatchingSolution solution)
    {
        using var stream = new MemoryStream();
        Write(solution, stream);
        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
