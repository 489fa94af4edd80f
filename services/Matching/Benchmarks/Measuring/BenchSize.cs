namespace Mentorship.Matching.Benchmarks.Measuring;

/// <summary>A named round size: mentees by mentors.</summary>
public sealed record BenchSize(string Name, int Mentees, int Mentors)
{
    public static IReadOnlyList<BenchSize> All { get; } =
    [
        new("small", 1_000, 300),
        new("medium", 5_000, 1_500),
        new("large", 20_000, 6_000),
    ];

    public static BenchSize Named(string name) =>
        All.FirstOrDefault(s => s.Name == name) ?? throw new ArgumentException($"unknown size '{name}': use {string.Join(", ", All.Select(s => s.Name))}");
}
