using System.Text;

namespace Mentorship.Matching.Engine.Instances;

/// <summary>Writes an instance in the interchange format: header, capacities, one arc per line in mentee order.</summary>
public static class InstanceWriter
{
    public static void WriteFile(MatchingInstance instance, string path)
    {
        using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, bufferSize: 1 << 16);
        Write(instance, stream);
    }

    public static string ToText(MatchingInstance instance)
    {
        using var stream = new MemoryStream();
        Write(instance, stream);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    public static void Write(MatchingInstance instance, Stream stream)
    {
        using var writer = new StreamWriter(stream, new UTF8Encoding(false), bufferSize: 1 << 16, leaveOpen: true) { NewLine = "\n" };
        writer.WriteLine($"{instance.MenteeCount} {instance.MentorCount} {instance.ArcCount}");
        writer.WriteLine(string.Join(' ', instance.Capacities.ToArray()));
        Span<char> line = stackalloc char[40];
        for (var i = 0; i < instance.MenteeCount; i++)
        {
            var mentors = instance.MentorsOf(i);
            var weights = instance.WeightsOf(i);
            for (var k = 0; k < mentors.Length; k++)
            {
                var length = Format(line, i, mentors[k], weights[k]);
                writer.Write(line[..length]);
            }
        }
    }

    private static int Format(Span<char> line, int mentee, int mentor, int weight)
    {
        mentee.TryFormat(line, out var used);
        line[used++] = ' ';
        mentor.TryFormat(line[used..], out var more);
        used += more;
        line[used++] = ' ';
        weight.TryFormat(line[used..], out more);
        used += more;
        line[used++] = '\n';
        return used;
    }
}
