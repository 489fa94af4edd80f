using Mentorship.Matching.Engine.Instances;
using Mentorship.Matching.Engine.Solving;

namespace Mentorship.Matching.Engine.Tests.Instances;

public class SolutionFileTests
{
    [Fact]
    public void Solution_is_written_as_count_total_then_pairs_by_mentee()
    {
        var instance = MatchingInstance.Create(3, [2], [new(2, 0, 5), new(0, 0, 7)]);

        var text = SolutionWriter.ToText(MatchingSolver.Solve(instance, Objective.MaxScore));

        Assert.Equal("2 12\n0 0\n2 0\n", text);
    }

    [Fact]
    public void Written_solution_reads_back()
    {
        var instance = MatchingInstance.Create(3, [1, 1], [new(0, 0, 5), new(1, 1, 7), new(2, 1, 9)]);
        var solution = MatchingSolver.Solve(instance, Objective.MaxParticipation);

        var read = SolutionFile.Parse(SolutionWriter.ToText(solution));

        Assert.Equal((solution.MatchedCount, solution.TotalWeight), (read.Matched, read.TotalWeight));
        Assert.Equal(solution.Pairs().ToList(), read.Pairs);
    }

    [Fact]
    public void Solution_with_trailing_content_is_refused()
    {
        var refused = Assert.Throws<InstanceFormatException>(() => SolutionFile.Parse("1 5\n0 0\n1 1\n"));

        Assert.Equal(3, refused.Line);
    }
}
