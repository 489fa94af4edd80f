using System.Diagnostics;
using Mentorship.Matching.Engine.Instances;
using Mentorship.Matching.Engine.Solving;

namespace Mentorship.Matching.Solve;

/// <summary>Reads, solves, writes. A refused file prints nothing on stdout and exits non-zero.</summary>
internal static class SolveCommand
{
    private const int Malformed = 2;
    private const int Unreadable = 3;

    public static int Run(FileInfo file, string objectiveName)
    {
        var objective = ObjectiveNames.Parse(objectiveName);
        var clock = Stopwatch.StartNew();
        MatchingInstance instance;
        try
        {
            instance = InstanceReader.ReadFile(file.FullName);
        }
        catch (InstanceFormatException refused)
        {
            Console.Error.WriteLine($"{file.Name}: {refused.Message}");
            return Malformed;
        }
        catch (IOException unreadable)
        {
            Console.Error.WriteLine($"{file.Name}: {unreadable.Message}");
            return Unreadable;
        }
        catch (UnauthorizedAccessException denied)
        {
            Console.Error.WriteLine($"{file.Name}: {denied.Message}");
            return Unreadable;
        }

        var parseMs = clock.Elapsed.TotalMilliseconds;
        clock.Restart();
        var solution = MatchingSolver.Solve(instance, objective);
        var solveMs = clock.Elapsed.TotalMilliseconds;

        using (var stdout = Console.OpenStandardOutput())
        {
            SolutionWriter.Write(solution, stdout);
        }

        var peakMb = Process.GetCurrentProcess().PeakWorkingSet64 / (1024.0 * 1024.0);
        Console.Error.WriteLine(
            $"{ObjectiveNames.Of(objective)}: {instance.MenteeCount} mentees, {instance.MentorCount} mentors, {instance.ArcCount} arcs; " +
            $"matched {solution.MatchedCount}, total weight {solution.TotalWeight}");
        Console.Error.WriteLine($"parse {parseMs:F0} ms, solve {solveMs:F0} ms, peak memory {peakMb:F0} MB");
        return 0;
    }
}
