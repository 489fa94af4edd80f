using MathNet.Numerics.Distributions;

namespace Mentorship.Evaluation.Domain.Statistics;

/// <summary>
/// POLLEM's test: is the mean effect different from 0 ("no effect")? Two-sided, alpha 0.05, Student's t
/// with n - 1 degrees of freedom (MathNet.Numerics).
/// When every value is equal (sd 0) t is infinite or undefined and is given as null: a non-zero mean is
/// then certainly different from 0 (p = 0, significant), a zero mean is not (p = 1); the interval is
/// the mean itself.
/// </summary>
public static class OneSampleTTest
{
    public const double Alpha = 0.05;

    public static TTestResult Against0(IReadOnlyCollection<double> values)
    {
        var n = values.Count;
        if (n == 0)
            return new TTestResult(0, null, null, null, null, null, null, false);
        var mean = values.Average();
        if (n == 1)
            return new TTestResult(1, mean, null, null, null, null, null, false);

        var df = n - 1;
        var sd = Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / df);
        if (sd == 0)
        {
            var differs = mean != 0;
            return new TTestResult(n, mean, 0, null, df, differs ? 0 : 1, [mean, mean], differs);
        }

        var standardError = sd / Math.Sqrt(n);
        var t = mean / standardError;
        var p = 2 * StudentT.CDF(0, 1, df, -Math.Abs(t));
        var critical = StudentT.InvCDF(0, 1, df, 1 - (Alpha / 2));
        return new TTestResult(
            n, mean, sd, t, df, p,
            [mean - (critical * standardError), mean + (critical * standardError)],
            p < Alpha);
    }
}
