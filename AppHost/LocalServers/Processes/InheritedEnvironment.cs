namespace Mentorship.AppHost.Processes;

/// <summary>
/// Children inherit the AppHost's environment except the keys a launcher sets, so that a service sees
/// only what its launcher gives it (and never, say, the connection strings of the test process that
/// started the AppHost), and local servers are not redirected by stray PG*, RABBITMQ_* or ERL_* settings.
/// </summary>
internal static class InheritedEnvironment
{
    private static readonly string[] LauncherPrefixes =
        ["ConnectionStrings__", "ConnectionStrings:", "services__", "services:", "OTEL_", "ASPNETCORE_", "RABBITMQ_", "ERL_", "PG"];

    private static readonly string[] LauncherKeys =
        ["DOTNET_ENVIRONMENT", "DOTNET_LAUNCH_PROFILE", "DOTNET_URLS", "HTTP_PORTS", "HTTPS_PORTS"];

    public static bool IsLauncherKey(string key) =>
        LauncherPrefixes.Any(prefix => key.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
        || LauncherKeys.Contains(key, StringComparer.OrdinalIgnoreCase);
}
