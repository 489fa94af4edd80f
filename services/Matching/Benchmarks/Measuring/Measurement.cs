using System.Globalization;

namespace Mentorship.Matching.Benchmarks.Measuring;

/// <summary>What one child process measured for one instance file, engine and objective; travels as one line of text.</summary>
public sealed record Measurement(
    string Engine,
    string Objective,
    double ParseMedianMs,
    double SolveMedianMs,
    double SolveMinMs,
    double SolveMaxMs,
    double PeakMb,
    int Matched,
    long TotalWeight,
    string Certificate)
{
    private const string Prefix = "MEASUREMENT";

    public string ToLine() => string.Join(
        '\t',
        Prefix,
        Engine,
        Objective,
        F(ParseMedianMs),
        F(SolveMedianMs),
        F(SolveMinMs),
        F(SolveMaxMs),
        F(PeakMb),
        Matched.ToString(CultureInfo.InvariantCulture),
        TotalWeight.ToString(CultureInfo.InvariantCulture),
        Certificate);

    public static Measurement? FromOutput(string output)
    {
        var line = output.Split('\n').FirstOrDefault(l => l.StartsWith(Prefix, StringComparison.Ordinal));
        if (line is null)
        {
            return null;
        }

        var f = line.TrimEnd('\r').Split('\t');
        return new Measurement(
            f[1], f[2], D(f[3]), D(f[4]), D(f[5]), D(f[6]), D(f[7]),
            int.Parse(f[8], CultureInfo.InvariantCulture), long.Parse(f[9], CultureInfo.InvariantCulture), f[10]);
    }

    private static string F(double value) => value.ToString("F1", CultureInfo.InvariantCulture);

    private static double D(string text) => double.Parse(text, CultureInfo.InvariantCulture);
}
