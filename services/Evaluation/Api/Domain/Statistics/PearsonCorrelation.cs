using MathNet.Numerics.Distributions;

namespace Mentorship.Evaluation.Domain.Statistics;

/// <summary>
/// Does one measure predict another? Pearson's r, tested against 0 with t = r √((n-2)/(1-r²)) on n - 2
/// degrees of freedom. Needs three pairs and some variance in both measures; otherwise r and p are null.
/// </summary>
public static class PearsonCorrelation
{
    public static CorrelationResult Of(IReadOnlyList<(double X, double Y)> pairs)
    {
        var n = pairs.Count;
        if (n < 3)
            return new CorrelationResult(n, null, null);

        var r = MathNet.Numerics.Statistics.Correlation.Pearson(pairs.Select(p => p.X), pairs.Select(p => p.Y));
        if (double.IsNaN(r))
            return new CorrelationResult(n, null, null);
        r = Math.Clamp(r, -1, 1);
        if (Math.Abs(r) == 1)
            return new CorrelationResult(n, r, 0);

        var t = r * Math.Sqrt((n - 2) / (1 - (r * r)));
        return new CorrelationResult(n, r, 2 * StudentT.CDF(0, 1, n - 2, -Math.Abs(t)));
    }
}
