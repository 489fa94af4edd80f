namespace Mentorship.Testing;

/// <summary>
/// The repository's test projects by assembly name (= their folder tests/*.Tests): the shared test
/// servers give each a RabbitMQ virtual host of its own (<see cref="TestInfrastructure.VirtualHostPerTestProject"/>).
/// </summary>
public static class TestProjects
{
    private const string Suffix = ".Tests";

    /// <summary>The test project this process runs: the one loaded assembly named *.Tests (VSTest's host is "testhost").</summary>
    public static string Current()
    {
        var names = AppDomain.CurrentDomain.GetAssemblies()
            .Select(assembly => assembly.GetName().Name)
            .OfType<string>()
            .Where(name => name.EndsWith(Suffix, StringComparison.Ordinal))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return names.Count == 1
            ? names[0]
            : throw new InvalidOperationException($"Expected one loaded test assembly (*{Suffix}), found {names.Count}: {string.Join(", ", names)}.");
    }

    /// <summary>Every tests/*.Tests folder of the repository this program runs from (found upwards by Mentorship.sln).</summary>
    public static IReadOnlyList<string> All()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Mentorship.sln")))
            root = root.Parent;
        if (root is null)
            throw new InvalidOperationException($"{AppContext.BaseDirectory} is not inside the repository.");
        return [.. Directory.EnumerateDirectories(Path.Combine(root.FullName, "tests"), "*" + Suffix)
            .Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal)];
    }
}
