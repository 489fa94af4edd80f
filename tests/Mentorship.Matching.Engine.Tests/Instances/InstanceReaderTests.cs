using Mentorship.Matching.Engine.Instances;

namespace Mentorship.Matching.Engine.Tests.Instances;

public class InstanceReaderTests
{
    [Fact]
    public void Well_formed_instance_is_read_with_its_arcs_by_mentee()
    {
        var instance = InstanceReader.Parse("3 2 4\n1 2\n2 1 30\n0 0 10\n0 1 20\n1 0 0\n");

        Assert.Equal((3, 2, 4), (instance.MenteeCount, instance.MentorCount, instance.ArcCount));
        Assert.Equal([1, 2], instance.Capacities.ToArray());
        Assert.Equal([0, 1], instance.MentorsOf(0).ToArray());
        Assert.Equal([10, 20], instance.WeightsOf(0).ToArray());
        Assert.Equal(30, instance.WeightOf(2, 1));
        Assert.Null(instance.WeightOf(2, 0));
    }

    [Fact]
    public void Any_mix_of_spaces_tabs_and_newlines_separates_values()
    {
        var instance = InstanceReader.Parse("\uFEFF 2\t1\r\n2   3\n\n0 0\t5 1\n0\r\n7");

        Assert.Equal(2, instance.ArcCount);
        Assert.Equal(7, instance.WeightOf(1, 0));
    }

    [Theory]
    [InlineData("", 1, "nMentees")]
    [InlineData("2 1", 1, "nArcs")]
    [InlineData("2 x 1\n1\n0 0 1", 1, "not an integer")]
    [InlineData("-2 1 0\n1", 1, "out of range")]
    [InlineData("2 2 5\n1 1\n", 1, "exceeds nMentees * nMentors")]
    [InlineData("2 2 1\n1\n", 3, "capacity of mentor 1")]
    [InlineData("2 2 1\n1 -1\n0 0 1", 2, "must be >= 0")]
    [InlineData("2 1 1\n1\n2 0 5", 3, "mentee index 2 is out of range 0..1")]
    [InlineData("2 1 1\n1\n0 1 5", 3, "mentor index 1 is out of range 0..0")]
    [InlineData("2 1 1\n1\n0 0 1000001", 3, "weight 1000001 is out of range 0..1000000")]
    [InlineData("2 1 1\n1\n0 0 -1", 3, "weight -1")]
    [InlineData("2 1 1\n1\n0 0 1.5", 3, "not an integer: '1.5'")]
    [InlineData("2 1 2\n1\n0 0 1\n", 4, "file ended after 1 of 2 arcs")]
    [InlineData("2 1 2\n1\n0 0 1\n1 0", 4, "file ended where weight of arc 1")]
    [InlineData("2 1 1\n1\n0 0 1\n\n9", 5, "unexpected content after the last arc: '9'")]
    [InlineData("2 1 1\n1\n0 0 1 trailing", 3, "unexpected content after the last arc: 'trailing'")]
    [InlineData("2 1 1\n1\n0 0 99999999999999999999", 3, "too large")]
    public void Malformed_instance_is_refused_with_line_and_reason(string text, int line, string reason)
    {
        var refused = Assert.Throws<InstanceFormatException>(() => InstanceReader.Parse(text));

        Assert.Equal(line, refused.Line);
        Assert.Contains(reason, refused.Reason);
    }

    [Fact]
    public void Repeated_pair_is_refused_at_its_second_line()
    {
        var refused = Assert.Throws<InstanceFormatException>(() => InstanceReader.Parse("3 2 4\n1 1\n0 1 5\n2 0 1\n0 1 7\n1 0 1\n"));

        Assert.Equal(5, refused.Line);
        Assert.Contains("repeats the pair on line 3", refused.Reason);
    }

    [Fact]
    public void Earliest_repeat_in_the_file_is_the_one_reported()
    {
        var refused = Assert.Throws<InstanceFormatException>(() => InstanceReader.Parse("2 2 4\n2 2\n1 0 1\n0 0 1\n1 0 2\n0 0 2\n"));

        Assert.Equal(5, refused.Line);
    }

    [Fact]
    public void Written_instance_reads_back_identically()
    {
        var instance = MatchingInstance.Create(4, [3, 0, 1], [new(3, 2, 1_000_000), new(0, 0, 0), new(0, 2, 17), new(2, 1, 5)]);

        var text = InstanceWriter.ToText(instance);
        var read = InstanceReader.Parse(text);

        Assert.Equal(instance.Arcs().ToList(), read.Arcs().ToList());
        Assert.Equal(instance.Capacities.ToArray(), read.Capacities.ToArray());
        Assert.Equal(text, InstanceWriter.ToText(read));
    }

    [Fact]
    public void Instance_file_round_trips_through_disk()
    {
        var instance = MatchingInstance.Create(2, [1, 2], [new(0, 1, 3), new(1, 0, 4)]);
        var path = Path.Combine(Path.GetTempPath(), $"instance-{Guid.NewGuid()}.txt");
        try
        {
            InstanceWriter.WriteFile(instance, path);

            Assert.Equal(instance.Arcs().ToList(), InstanceReader.ReadFile(path).Arcs().ToList());
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Creating_an_instance_with_a_repeated_pair_is_refused()
    {
        Assert.Throws<ArgumentException>(() => MatchingInstance.Create(1, [1], [new(0, 0, 1), new(0, 0, 2)]));
    }
}
