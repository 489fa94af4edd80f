using System.Diagnostics;
using System.Reflection;
using Mentorship.Matching.Benchmarks.Generation;
using Mentorship.Matching.Engine.Instances;
using Mentorship.Matching.Engine.Solving;

namespace Mentorship.Matching.Benchmarks.Measuring;

/// <summary>
/// Generates each size once, writes it in the text format, then measures every (size, engine,
/// objective) in a fresh child process and prints the table.
/// </summary>
internal static class RunCommand
{
    public static int Run(IReadOnlyList<string> sizeNames, int repeat, bool withOrTools, int seed, DirectoryInfo? workDirectory)
    {
        var directory = workDirectory ?? new DirectoryInfo(Path.Combine(Path.GetTempPath(), "mentorship-bench"));
        directory.Create();
        var engines = withOrTools ? new[] { "engine", "ortools" } : ["engine"];
        var rows = new List<(BenchSize Size, int Arcs, Measurement Result)>();
        foreach (var size in sizeNames.Select(BenchSize.Named))
        {
            var file = Path.Combine(directory.FullName, $"{size.Name}-{size.Mentees}x{size.Mentors}-seed{seed}.txt");
            var instance = InstanceGenerator.Generate(size.Mentees, size.Mentors, seed);
            InstanceWriter.WriteFile(instance, file);
            Console.Error.WriteLine($"{size.Name}: {instance.MenteeCount} x {instance.MentorCount}, {instance.ArcCount:N0} arcs -> {file}");
            foreach (var engine in engines)
            {
                foreach (var objective in ObjectiveNames.All)
                {
                    var measurement = MeasureInChild(file, objective, engine, repeat);
                    rows.Add((size, instance.ArcCount, measurement));
                    Console.Error.WriteLine($"  {engine} {objective}: solve {measurement.SolveMedianMs:F0} ms");
                }
            }
        }

        ResultTable.Print(rows, repeat);
        return rows.All(r => r.Result.Certificate is "verified" or "n/a") ? 0 : 1;
    }

    private static Measurement MeasureInChild(string file, string objective, string engine, int repeat)
    {
        var start = new ProcessStartInfo(Environment.ProcessPath!)
        {
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        if (Path.GetFileNameWithoutExtension(Environment.ProcessPath!) == "dotnet")
        {
            start.ArgumentList.Add(Assembly.GetEntryAssembly()!.Location);
        }

        foreach (var argument in new[] { "measure", file, "--objective", objective, "--engine", engine, "--repeat", repeat.ToString(System.Globalization.CultureInfo.InvariantCulture) })
        {
            start.ArgumentList.Add(argument);
        }

        using var child = Process.Start(start)!;
        var output = child.StandardOutput.ReadToEnd();
        child.WaitForExit();
        return Measurement.FromOutput(output)
            ?? throw new InvalidOperationException($"measuring {engine} {objective} on {file} failed (exit {child.ExitCode})");
    }
}
