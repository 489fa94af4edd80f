namespace Mentorship.Matching.Benchmarks.Measuring;

internal static class ResultTable
{
    public static void Print(IReadOnlyList<(BenchSize Size, int Arcs, Measurement Result)> rows, int repeat)
    {
        Console.WriteLine($"Medians of {repeat} runs, one thread, each row measured in its own process (peak = that process's peak working set).");
        Console.WriteLine();
        Console.WriteLine("| size | mentees x mentors | arcs | engine | objective | parse ms | solve ms (median) | solve min..max | peak MB | matched | total weight | certificate |");
        Console.WriteLine("|---|---|---:|---|---|---:|---:|---:|---:|---:|---:|---|");
        foreach (var (size, arcs, r) in rows)
        {
            Console.WriteLine(
                $"| {size.Name} | {size.Mentees:N0} x {size.Mentors:N0} | {arcs:N0} | {r.Engine} | {r.Objective} | {r.ParseMedianMs:F0} | {r.SolveMedianMs:F0} | " +
                $"{r.SolveMinMs:F0}..{r.SolveMaxMs:F0} | {r.PeakMb:F0} | {r.Matched:N0} | {r.TotalWeight:N0} | {r.Certificate} |");
        }
    }
}
