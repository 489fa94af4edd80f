using System.Text.Json;

namespace Mentorship.Deploy.Tests;

/// <summary>
/// deploy/aspire-manifest.json, which the AppHost generates in publish mode: the environment each
/// project is given. Only the keys the services read count (<see cref="IsReadByServices"/>); the
/// others (ENROLLMENTDB_HOST, EVENTBUS_URI...) are Aspire's conveniences for other languages.
/// </summary>
public static class AspireManifest
{
    private static readonly string[] ReadPrefixes = ["ConnectionStrings__", "services__", "Identity__", "Mail__", "HTTP_PORTS", "ASPNETCORE_FORWARDEDHEADERS_ENABLED"];

    private static readonly Lazy<JsonElement> Resources = new(() =>
        JsonDocument.Parse(File.ReadAllText(Repository.PathOf("deploy", "aspire-manifest.json"))).RootElement.GetProperty("resources"));

    public static bool IsReadByServices(string key) => ReadPrefixes.Any(key.StartsWith);

    /// <summary>The keys the AppHost gives a resource that the services read, sorted.</summary>
    public static IReadOnlyList<string> KeysOf(string resource) =>
        [.. Resources.Value.GetProperty(resource).GetProperty("env").EnumerateObject()
            .Select(variable => variable.Name).Where(IsReadByServices).Order(StringComparer.Ordinal)];
}
