using MathNet.Numerics.Distributions;
using Mentorship.Evaluation.Domain.Statistics;
using MathNetStatistics = MathNet.Numerics.Statistics.Statistics;

namespace Mentorship.Evaluation.Tests.Domain;

public sealed class OneSampleTTestTests
{
    private const int Precision = 4;

    [Fact]
    public void A_hand_computed_sample_gives_the_textbook_figures()
    {
        var result = OneSampleTTest.Against0([1, 2, 3, 2, 2]);

        Assert.Equal(5, result.N);
        Assert.Equal(2, result.Mean!.Value, Precision);
        Assert.Equal(0.7071, result.Sd!.Value, Precision);
        Assert.Equal(6.3246, result.T!.Value, Precision);
        Assert.Equal(4, result.Df);
        Assert.Equal(0.0032, result.P!.Value, Precision);
        // 2 ± t(0.975, 4) × 0.7071/√5 = 2 ± 2.7764 × 0.3162
        Assert.Equal(1.1220, result.Ci95![0], Precision);
        Assert.Equal(2.8780, result.Ci95[1], Precision);
        Assert.True(result.Significant);
    }

    [Fact]
    public void With_one_degree_of_freedom_p_and_interval_match_the_cauchy_closed_form()
    {
        // df = 1: CDF(t) = 1/2 + atan(t)/π; mean 2, sd √2, standard error 1, t = 2.
        var result = OneSampleTTest.Against0([1, 3]);

        Assert.Equal(2, result.T!.Value, 10);
        Assert.Equal(1 - (2 * Math.Atan(2) / Math.PI), result.P!.Value, 8);
        var critical = Math.Tan(Math.PI * 0.475);
        Assert.Equal(2 - critical, result.Ci95![0], 6);
        Assert.Equal(2 + critical, result.Ci95[1], 6);
        Assert.False(result.Significant);
    }

    [Fact]
    public void With_two_degrees_of_freedom_p_matches_the_closed_form()
    {
        // df = 2: two-sided p = 1 - |t| / √(2 + t²).
        var result = OneSampleTTest.Against0([1, 2, 6]);

        var t = 3 / Math.Sqrt(7.0 / 3);
        Assert.Equal(t, result.T!.Value, 10);
        Assert.Equal(1 - (t / Math.Sqrt(2 + (t * t))), result.P!.Value, 8);
        Assert.Equal(Math.Sqrt(7), result.Sd!.Value, 10);
    }

    [Theory]
    [InlineData(new double[] { -3, -2, -2, -1, 0, -1, -2 })]
    [InlineData(new double[] { 0, 1, -1, 0, 1, -1, 0, 2 })]
    [InlineData(new double[] { 3, 3, 2, 3, 1, 2, 3, 3, 2, 0, 1, 3 })]
    [InlineData(new double[] { 1, -1, 1, 2, 0, 1, 1, 1, 0, 2, 1, -1, 1, 0, 1, 2, 1, 0, 1, 1 })]
    public void Figures_agree_with_mathnet_statistics_and_the_shifted_t_distribution(double[] values)
    {
        var result = OneSampleTTest.Against0(values);

        var n = values.Length;
        var (mean, sd) = MathNetStatistics.MeanStandardDeviation(values);
        var standardError = sd / Math.Sqrt(n);
        // P(mean estimate on the other side of 0), with the t distribution centred on the mean.
        var tail = StudentT.CDF(mean, standardError, n - 1, 0);
        var p = 2 * Math.Min(tail, 1 - tail);

        Assert.Equal(n - 1, result.Df);
        Assert.Equal(mean, result.Mean!.Value, 10);
        Assert.Equal(sd, result.Sd!.Value, 10);
        Assert.Equal(mean / standardError, result.T!.Value, 8);
        Assert.Equal(p, result.P!.Value, 6);
        Assert.Equal(StudentT.InvCDF(mean, standardError, n - 1, 0.025), result.Ci95![0], 6);
        Assert.Equal(StudentT.InvCDF(mean, standardError, n - 1, 0.975), result.Ci95[1], 6);
        Assert.Equal(p < 0.05, result.Significant);
    }

    [Fact]
    public void No_value_gives_n_zero_and_nothing_else()
    {
        var result = OneSampleTTest.Against0([]);

        Assert.Equal(new TTestResult(0, null, null, null, null, null, null, false), result);
    }

    [Fact]
    public void One_value_gives_n_and_the_mean_but_no_test()
    {
        var result = OneSampleTTest.Against0([2]);

        Assert.Equal(1, result.N);
        Assert.Equal(2, result.Mean);
        Assert.Null(result.Sd);
        Assert.Null(result.T);
        Assert.Null(result.P);
        Assert.Null(result.Ci95);
        Assert.False(result.Significant);
    }

    [Fact]
    public void Equal_non_zero_values_are_certainly_different_from_zero()
    {
        var result = OneSampleTTest.Against0([2, 2, 2]);

        Assert.Equal(0, result.Sd);
        Assert.Null(result.T);
        Assert.Equal(2, result.Df);
        Assert.Equal(0, result.P);
        Assert.Equal([2.0, 2.0], result.Ci95);
        Assert.True(result.Significant);
    }

    [Fact]
    public void Equal_zero_values_show_no_effect()
    {
        var result = OneSampleTTest.Against0([0, 0, 0, 0]);

        Assert.Equal(0, result.Mean);
        Assert.Null(result.T);
        Assert.Equal(1, result.P);
        Assert.Equal([0.0, 0.0], result.Ci95);
        Assert.False(result.Significant);
    }

    [Fact]
    public void A_negative_effect_gives_a_negative_t_and_the_same_p_as_its_mirror()
    {
        var negative = OneSampleTTest.Against0([-1, -2, -3, -2, -2]);
        var positive = OneSampleTTest.Against0([1, 2, 3, 2, 2]);

        Assert.Equal(-positive.T!.Value, negative.T!.Value, 10);
        Assert.Equal(positive.P!.Value, negative.P!.Value, 10);
    }
}
