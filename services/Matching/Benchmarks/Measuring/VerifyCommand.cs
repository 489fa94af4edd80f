using Mentorship.Matching.Engine.Instances;
using Mentorship.Matching.Engine.Solving;

namespace Mentorship.Matching.Benchmarks.Measuring;

/// <summary>
/// Solves an instance file, checks the optimality certificate, and when a solution file is given
/// (from <c>solve</c> or any other solver) checks that it is feasible and as good as the certified optimum.
/// </summary>
internal static class VerifyCommand
{
    public static int Run(FileInfo instanceFile, string objectiveName, FileInfo? solutionFile)
    {
        var objective = ObjectiveNames.Parse(objectiveName);
        var instance = InstanceReader.ReadFile(instanceFile.FullName);
        var solution = MatchingSolver.Solve(instance, objective);
        var failure = solution.Certificate.Verify(instance, MatchingConstraints.None, solution);
        Console.WriteLine(failure is null
            ? $"certificate verified: {ObjectiveNames.Of(objective)} optimum is {solution.MatchedCount} matched, total weight {solution.TotalWeight}"
            : $"certificate REJECTED: {failure}");
        if (failure is not null || solutionFile is null)
        {
            return failure is null ? 0 : 1;
        }

        var candidate = SolutionFile.ReadFile(solutionFile.FullName);
        var problem = CheckCandidate(instance, candidate, objective, solution);
        Console.WriteLine(problem is null ? $"{solutionFile.Name} is optimal" : $"{solutionFile.Name} is NOT optimal: {problem}");
        return problem is null ? 0 : 1;
    }

    private static string? CheckCandidate(MatchingInstance instance, SolutionFile candidate, Objective objective, MatchingSolution optimum)
    {
        var load = new int[instance.MentorCount];
        var seen = new HashSet<int>();
        long total = 0;
        foreach (var pair in candidate.Pairs)
        {
            if (pair.Mentee >= instance.MenteeCount || pair.Mentor >= instance.MentorCount || instance.WeightOf(pair.Mentee, pair.Mentor) is not { } weight)
            {
                return $"pair ({pair.Mentee}, {pair.Mentor}) is not allowed";
            }

            if (!seen.Add(pair.Mentee) || ++load[pair.Mentor] > instance.Capacities[pair.Mentor])
            {
                return $"pair ({pair.Mentee}, {pair.Mentor}) reuses a mentee or exceeds a capacity";
            }

            total += weight;
        }

        if (candidate.Matched != candidate.Pairs.Count || candidate.TotalWeight != total)
        {
            return "its header does not match its pairs";
        }

        var sameCount = objective == Objective.MaxScore || candidate.Matched == optimum.MatchedCount;
        return sameCount && total == optimum.TotalWeight
            ? null
            : $"{candidate.Matched} matched, weight {total}; optimum {optimum.MatchedCount} matched, weight {optimum.TotalWeight}";
    }
}
