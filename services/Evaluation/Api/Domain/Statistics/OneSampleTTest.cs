namespace Mentorship.Evaluation.Domain.Statistics;

/// <summary>
/// POLLEM's test: is the mean effect different from 0 ("no effect")? Two-sided, alpha 0.05, Student's t
/// with n - 1 degrees of freedom; see <see cref="StudentTInference"/> for equal values (sd 0).
/// </summary>
public static class OneSampleTTest
{
    public static TTestResult Against0(IReadOnlyCollection<double> values)
    {
        var n = values.Count;
        if (n == 0)
            return new TTestResult(0, null, null, null, null, null, null, false);
        var mean = values.Average();
        if (n == 1)
            return new TTestResult(1, mean, null, null, null, null, null, false);

        var df = n - 1;
        var sd = SampleStandardDeviation(values, mean);
        var test = StudentTInference.Against0(mean, sd / Math.Sqrt(n), df);
        return new TTestResult(n, mean, sd, test.T, df, test.P, test.Ci95, test.Significant);
    }

    /// <summary>The sample standard deviation (n - 1 in the denominator); needs at least two values.</summary>
    public static double SampleStandardDeviation(IReadOnlyCollection<double> values, double mean) =>
        Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / (values.Count - 1));
}
