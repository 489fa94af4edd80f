using System.Diagnostics;
using Mentorship.Matching.Engine.Instances;
using Mentorship.Matching.Engine.Solving;

namespace Mentorship.Matching.Benchmarks.Measuring;

/// <summary>
/// Runs in its own process so that its peak memory is this measurement's alone: parses the file
/// <c>repeat</c> times, solves <c>repeat</c> times, checks the certificate of the last solution
/// (outside the timings) and prints one <see cref="Measurement"/> line.
/// </summary>
internal static class MeasureCommand
{
    public static int Run(FileInfo file, string objectiveName, string engine, int repeat)
    {
        var objective = ObjectiveNames.Parse(objectiveName);
        var parseTimes = new List<double>();
        MatchingInstance? instance = null;
        for (var r = 0; r < repeat; r++)
        {
            instance = null;
            var clock = Stopwatch.StartNew();
            instance = InstanceReader.ReadFile(file.FullName);
            parseTimes.Add(clock.Elapsed.TotalMilliseconds);
        }

        var solveTimes = new List<double>();
        (int Matched, long Weight) result = default;
        var certificate = "n/a";
        for (var r = 0; r < repeat; r++)
        {
            var clock = Stopwatch.StartNew();
            if (engine == "ortools")
            {
                result = OrToolsBaseline.Solve(instance!, objective);
                solveTimes.Add(clock.Elapsed.TotalMilliseconds);
                continue;
            }

            var solution = MatchingSolver.Solve(instance!, objective);
            solveTimes.Add(clock.Elapsed.TotalMilliseconds);
            result = (solution.MatchedCount, solution.TotalWeight);
            if (r == repeat - 1)
            {
                certificate = solution.Certificate.Verify(instance!, MatchingConstraints.None, solution) ?? "verified";
            }
        }

        var measurement = new Measurement(
            engine,
            ObjectiveNames.Of(objective),
            Statistics.Median(parseTimes),
            Statistics.Median(solveTimes),
            solveTimes.Min(),
            solveTimes.Max(),
            Statistics.PeakMb(),
            result.Matched,
            result.Weight,
            certificate);
        Console.WriteLine(measurement.ToLine());
        return 0;
    }
}
