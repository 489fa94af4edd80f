using Mentorship.Evaluation.Domain.Statistics;

namespace Mentorship.Evaluation.Tests.Domain;

public sealed class PairedTTestTests
{
    private const int Precision = 4;

    [Fact]
    public void A_hand_computed_sample_gives_the_textbook_figures()
    {
        // Before 3 4 2 5 4 (mean 3.6), after 5 6 3 5 6 (mean 5); differences 2 2 1 0 2: mean 1.4,
        // squared deviations 0.36 + 0.36 + 0.16 + 1.96 + 0.36 = 3.2, sd √(3.2/4) = 0.8944, standard error
        // 0.8944/√5 = 0.4, t = 3.5 on 4 df, p = 0.0249; interval 1.4 ± t(0.975, 4) 2.7764 × 0.4.
        var result = PairedTTest.Of([(3, 5), (4, 6), (2, 3), (5, 5), (4, 6)]);

        Assert.Equal(3.6, result.MeanBefore!.Value, Precision);
        Assert.Equal(5, result.MeanAfter!.Value, Precision);
        var difference = result.Difference;
        Assert.Equal((5, 4), (difference.N, difference.Df!.Value));
        Assert.Equal(1.4, difference.Mean!.Value, Precision);
        Assert.Equal(0.8944, difference.Sd!.Value, Precision);
        Assert.Equal(3.5, difference.T!.Value, Precision);
        Assert.Equal(0.0249, difference.P!.Value, Precision);
        Assert.Equal(0.2894, difference.Ci95![0], Precision);
        Assert.Equal(2.5106, difference.Ci95[1], Precision);
        Assert.True(difference.Significant);
    }

    [Fact]
    public void A_decline_gives_a_negative_difference()
    {
        var result = PairedTTest.Of([(5, 3), (6, 4), (3, 2), (5, 5), (6, 4)]);

        Assert.Equal(-1.4, result.Difference.Mean!.Value, Precision);
        Assert.Equal(-3.5, result.Difference.T!.Value, Precision);
    }

    [Fact]
    public void Fewer_than_two_respondents_give_no_test_rather_than_an_error()
    {
        var none = PairedTTest.Of([]);
        var one = PairedTTest.Of([(2, 5)]);

        Assert.Equal((0, (double?)null, (double?)null), (none.Difference.N, none.MeanBefore, none.Difference.Mean));
        Assert.Equal((1, 2.0, 5.0, 3.0), (one.Difference.N, one.MeanBefore!.Value, one.MeanAfter!.Value, one.Difference.Mean!.Value));
        Assert.All(new object?[] { one.Difference.Sd, one.Difference.T, one.Difference.Df, one.Difference.P, one.Difference.Ci95 }, Assert.Null);
        Assert.False(one.Difference.Significant);
    }
}
