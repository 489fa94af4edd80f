using Mentorship.Matching.Engine.Instances;

namespace Mentorship.Matching.Benchmarks.Generation;

/// <summary>Writes a generated instance to a file, so that <c>solve</c> or another solver can be run on it.</summary>
internal static class GenerateCommand
{
    public static int Run(int mentees, int mentors, int seed, FileInfo output)
    {
        var instance = InstanceGenerator.Generate(mentees, mentors, seed);
        InstanceWriter.WriteFile(instance, output.FullName);
        Console.Error.WriteLine($"{instance.MenteeCount} mentees, {instance.MentorCount} mentors, {instance.ArcCount:N0} arcs -> {output.FullName}");
        return 0;
    }
}
