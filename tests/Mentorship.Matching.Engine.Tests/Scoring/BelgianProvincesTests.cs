using Mentorship.Matching.Engine.Scoring;

namespace Mentorship.Matching.Engine.Tests.Scoring;

public class BelgianProvincesTests
{
    [Fact]
    public void Borders_are_symmetric()
    {
        foreach (var province in BelgianProvinces.Codes)
        {
            foreach (var neighbour in BelgianProvinces.NeighboursOf(province))
            {
                Assert.Contains(province, BelgianProvinces.NeighboursOf(neighbour));
            }
        }
    }

    [Fact]
    public void Every_province_reaches_every_other()
    {
        Assert.All(BelgianProvinces.Codes, a => Assert.All(BelgianProvinces.Codes, b => Assert.InRange(BelgianProvinces.Distance(a, b)!.Value, 0, 10)));
    }

    [Theory]
    [InlineData("BE-VAN", "BE-VLI", 1)]
    [InlineData("BE-WLX", "BE-WNA", 1)]
    [InlineData("BE-VWV", "BE-WLX", 3)]
    [InlineData("be-bru", "BE-VBR", 1)]
    public void Distance_counts_border_crossings(string from, string to, int hops)
    {
        Assert.Equal(hops, BelgianProvinces.Distance(from, to));
    }

    [Fact]
    public void Code_outside_Belgium_has_no_distance()
    {
        Assert.Null(BelgianProvinces.Distance("BE-BRU", "NL-LI"));
    }
}
