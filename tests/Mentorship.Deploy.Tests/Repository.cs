namespace Mentorship.Deploy.Tests;

/// <summary>Paths in the checkout the tests run from.</summary>
public static class Repository
{
    public static string Root { get; } = FindRoot(new DirectoryInfo(AppContext.BaseDirectory));

    public static string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string FindRoot(DirectoryInfo? folder) =>
        folder is null ? throw new InvalidOperationException("The tests do not run inside the repository.")
        : File.Exists(Path.Combine(folder.FullName, "Mentorship.sln")) ? folder.FullName
        : FindRoot(folder.Parent);
}
