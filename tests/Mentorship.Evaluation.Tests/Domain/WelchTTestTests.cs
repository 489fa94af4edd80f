using Mentorship.Evaluation.Domain.Statistics;

namespace Mentorship.Evaluation.Tests.Domain;

public sealed class WelchTTestTests
{
    private const int Precision = 4;

    [Fact]
    public void A_hand_computed_pair_of_cohorts_gives_the_textbook_figures()
    {
        // A 1 2 3 2 2: mean 2, variance 0.5; B 0 1 -1 0 1 -1: mean 0, variance 4/5 = 0.8.
        // sA²/nA = 0.1, sB²/nB = 0.1333, standard error √0.2333 = 0.4830, t = 2/0.4830 = 4.1404;
        // df = 0.2333² / (0.1²/4 + 0.1333²/5) = 0.054444/0.0060556 = 8.9908; p = 0.0025;
        // interval 2 ± t(0.975, 8.9908) 2.2625 × 0.4830.
        var result = WelchTTest.Compare([1, 2, 3, 2, 2], [0, 1, -1, 0, 1, -1]);

        Assert.Equal((5, 6), (result.NA, result.NB));
        Assert.Equal((2.0, 0.0, 2.0), (result.MeanA!.Value, result.MeanB!.Value, result.Difference!.Value));
        Assert.Equal(4.1404, result.T!.Value, Precision);
        Assert.Equal(8.9908, result.Df!.Value, Precision);
        Assert.Equal(0.0025, result.P!.Value, Precision);
        Assert.Equal(0.9071, result.Ci95![0], Precision);
        Assert.Equal(3.0929, result.Ci95[1], Precision);
        Assert.True(result.Significant);
    }

    [Fact]
    public void Equal_sizes_and_variances_give_students_pooled_degrees_of_freedom()
    {
        // Variances 2 and 2, sizes 2 and 2: df = (1 + 1)² / (1/1 + 1/1) = 2 = nA + nB - 2; t = 1/√2.
        var result = WelchTTest.Compare([1, 3], [0, 2]);

        Assert.Equal(2, result.Df!.Value, 10);
        Assert.Equal(1 / Math.Sqrt(2), result.T!.Value, 10);
        // df = 2: two-sided p = 1 - |t| / √(2 + t²).
        Assert.Equal(1 - (result.T.Value / Math.Sqrt(2 + (result.T.Value * result.T.Value))), result.P!.Value, 8);
        Assert.False(result.Significant);
    }

    [Fact]
    public void Swapping_the_cohorts_mirrors_the_difference_and_keeps_p()
    {
        var ab = WelchTTest.Compare([1, 2, 3, 2, 2], [0, 1, -1, 0, 1, -1]);
        var ba = WelchTTest.Compare([0, 1, -1, 0, 1, -1], [1, 2, 3, 2, 2]);

        Assert.Equal(-ab.T!.Value, ba.T!.Value, 10);
        Assert.Equal(ab.Df!.Value, ba.Df!.Value, 10);
        Assert.Equal(ab.P!.Value, ba.P!.Value, 10);
    }

    [Fact]
    public void A_cohort_with_fewer_than_two_answers_gives_counts_and_means_only()
    {
        var result = WelchTTest.Compare([2], [1, 3]);

        Assert.Equal((1, 2.0, 2, 2.0, 0.0), (result.NA, result.MeanA!.Value, result.NB, result.MeanB!.Value, result.Difference!.Value));
        Assert.All(new object?[] { result.T, result.Df, result.P, result.Ci95 }, Assert.Null);
        Assert.False(result.Significant);
        Assert.Equal((0, (double?)null), (WelchTTest.Compare([], [1, 2]).NA, WelchTTest.Compare([], [1, 2]).Difference));
    }

    [Fact]
    public void Two_cohorts_without_variance_differ_certainly_or_not_at_all()
    {
        var different = WelchTTest.Compare([2, 2, 2], [1, 1]);
        var same = WelchTTest.Compare([1, 1], [1, 1, 1]);

        Assert.Equal(((double?)null, (double?)null, 0.0, true), (different.T, different.Df, different.P!.Value, different.Significant));
        Assert.Equal((1.0, false), (same.P!.Value, same.Significant));
        Assert.Equal([1.0, 1.0], different.Ci95);
    }
}
