using Mentorship.Evaluation.Domain.Statistics;

namespace Mentorship.Evaluation.Tests.Domain;

public sealed class PearsonCorrelationTests
{
    [Fact]
    public void A_hand_computed_correlation_and_its_p_value()
    {
        // x = 1..4, y = 1, 3, 2, 4: r = 0.8; t = 0.8 √(2 / 0.36) = 1.8856 on 2 df, p = 1 - t/√(2 + t²).
        var result = PearsonCorrelation.Of([(1, 1), (2, 3), (3, 2), (4, 4)]);

        Assert.Equal(4, result.N);
        Assert.Equal(0.8, result.R!.Value, 10);
        var t = 0.8 * Math.Sqrt(2 / 0.36);
        Assert.Equal(1 - (t / Math.Sqrt(2 + (t * t))), result.P!.Value, 8);
    }

    [Fact]
    public void Fewer_than_three_pairs_give_no_correlation()
    {
        Assert.Equal(new CorrelationResult(2, null, null), PearsonCorrelation.Of([(1, 1), (2, 2)]));
    }

    [Fact]
    public void A_constant_measure_gives_no_correlation()
    {
        Assert.Equal(new CorrelationResult(3, null, null), PearsonCorrelation.Of([(1, 2), (1, 3), (1, 1)]));
    }

    [Fact]
    public void A_perfect_line_is_certain()
    {
        var result = PearsonCorrelation.Of([(0, 1), (1, 3), (2, 5)]);

        Assert.Equal(1, result.R!.Value, 10);
        Assert.InRange(result.P!.Value, 0, 1e-9);
    }
}
