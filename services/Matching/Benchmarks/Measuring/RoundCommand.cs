using System.Diagnostics;
using Mentorship.Matching.Benchmarks.Generation;
using Mentorship.Matching.Engine.Rounds;
using Mentorship.Matching.Engine.Solving;

namespace Mentorship.Matching.Benchmarks.Measuring;

/// <summary>
/// Times a whole round from profiles: index and hard constraints, scoring of surviving pairs,
/// solve, explanations; medians of several runs for each objective.
/// </summary>
internal static class RoundCommand
{
    public static int Run(int mentees, int mentors, int seed, int repeat)
    {
        Console.WriteLine($"Round from generated profiles: {mentees:N0} mentees x {mentors:N0} mentors, medians of {repeat} runs.");
        Console.WriteLine();
        Console.WriteLine("| objective | candidate pairs | scored (share a language) | allowed arcs | index ms | build+score ms | solve ms | explain ms | total ms | matched | unmatched (by reason) | peak MB |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---:|");
        foreach (var objective in new[] { Objective.MaxParticipation, Objective.MaxScore })
        {
            var request = ProfileGenerator.Generate(mentees, mentors, seed, objective);
            var runs = new List<RoundPlan>();
            for (var r = 0; r < repeat; r++)
            {
                runs.Add(RoundPlanner.Plan(request));
            }

            var s = runs[^1].Stats;
            double Median(Func<RoundStats, double> pick) => Statistics.Median(runs.Select(p => pick(p.Stats)).ToList());
            var unmatched = string.Join(", ", runs[^1].Unmatched.GroupBy(u => u.Reason).Select(g => $"{g.Key} {g.Count()}"));
            Console.WriteLine(
                $"| {ObjectiveNames.Of(objective)} | {s.CandidatePairs:N0} | {s.ScoredPairs:N0} | {s.AllowedArcs:N0} | {Median(x => x.IndexMs):F0} | {Median(x => x.ScoreMs):F0} | " +
                $"{Median(x => x.SolveMs):F0} | {Median(x => x.ExplainMs):F0} | {Median(x => x.IndexMs + x.ScoreMs + x.SolveMs + x.ExplainMs):F0} | " +
                $"{s.Matched:N0} | {unmatched} | {Process.GetCurrentProcess().PeakWorkingSet64 / (1024.0 * 1024.0):F0} |");
        }

        return 0;
    }
}
