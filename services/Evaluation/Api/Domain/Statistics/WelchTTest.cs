namespace Mentorship.Evaluation.Domain.Statistics;

/// <summary>
/// Do two independent groups (two cohorts) have different means? Welch's t-test, which does not assume
/// equal variances: t = (mean A - mean B) / √(sA²/nA + sB²/nB) on the Welch–Satterthwaite degrees of
/// freedom (sA²/nA + sB²/nB)² / ((sA²/nA)²/(nA - 1) + (sB²/nB)²/(nB - 1)), two-sided, alpha 0.05.
/// Each group needs two values; otherwise only the counts and means are given. When both groups have
/// no variance the degrees of freedom are undefined (null), and the difference is certain or nil.
/// </summary>
public static class WelchTTest
{
    public static WelchTTestResult Compare(IReadOnlyCollection<double> a, IReadOnlyCollection<double> b)
    {
        double? meanA = a.Count == 0 ? null : a.Average();
        double? meanB = b.Count == 0 ? null : b.Average();
        var difference = meanA - meanB;
        if (a.Count < 2 || b.Count < 2)
            return new WelchTTestResult(a.Count, meanA, b.Count, meanB, difference, null, null, null, null, false);

        var shareA = Variance(a, meanA!.Value) / a.Count;
        var shareB = Variance(b, meanB!.Value) / b.Count;
        var standardError = Math.Sqrt(shareA + shareB);
        double? df = standardError == 0
            ? null
            : (shareA + shareB) * (shareA + shareB) / ((shareA * shareA / (a.Count - 1)) + (shareB * shareB / (b.Count - 1)));
        var test = StudentTInference.Against0(difference!.Value, standardError, df ?? 1);
        return new WelchTTestResult(a.Count, meanA, b.Count, meanB, difference, test.T, df, test.P, test.Ci95, test.Significant);
    }

    private static double Variance(IReadOnlyCollection<double> values, double mean)
    {
        var sd = OneSampleTTest.SampleStandardDeviation(values, mean);
        return sd * sd;
    }
}
