using MathNet.Numerics.Distributions;

namespace Mentorship.Evaluation.Domain.Statistics;

/// <summary>
/// The inference the one-sample, paired and Welch tests share: estimate / standard error against
/// Student's t with the given degrees of freedom (MathNet.Numerics), two-sided, alpha 0.05.
/// A standard error of 0 (every value equal) leaves t undefined: a non-zero estimate is then certainly
/// different from 0 (p = 0), a zero one is not (p = 1), and the interval is the estimate itself.
/// </summary>
public static class StudentTInference
{
    public const double Alpha = 0.05;

    public static TwoSidedTest Against0(double estimate, double standardError, double df)
    {
        if (standardError == 0)
        {
            var differs = estimate != 0;
            return new TwoSidedTest(null, differs ? 0 : 1, [estimate, estimate], differs);
        }

        var t = estimate / standardError;
        var p = 2 * StudentT.CDF(0, 1, df, -Math.Abs(t));
        var critical = StudentT.InvCDF(0, 1, df, 1 - (Alpha / 2));
        return new TwoSidedTest(t, p, [estimate - (critical * standardError), estimate + (critical * standardError)], p < Alpha);
    }
}
