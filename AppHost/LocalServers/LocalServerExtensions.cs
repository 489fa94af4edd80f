using System.Globalization;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Mentorship.AppHost.LocalServers;

public static class LocalServerExtensions
{
    /// <summary>
    /// Adds a server run from the local install, on a non-proxied TCP port chosen now, with a health
    /// check that WaitFor and the dashboard use; <paramref name="addHealthCheck"/> registers it under
    /// the key it is given (a probe that throws reads as unhealthy).
    /// </summary>
    public static IResourceBuilder<LocalServerResource> AddLocalServer(
        this IDistributedApplicationBuilder builder, string name, string command, string workingDirectory,
        int port, string connectionString, Action<IHealthChecksBuilder, string> addHealthCheck)
    {
        addHealthCheck(builder.Services.AddHealthChecks(), $"{name}-probe");
        return builder.AddResource(new LocalServerResource(name, command, workingDirectory, port, connectionString))
            .WithEndpoint("tcp", endpoint => (endpoint.Port, endpoint.TargetPort, endpoint.IsProxied, endpoint.UriScheme) = (port, port, false, "tcp"))
            .WithHealthCheck($"{name}-probe")
            .ExcludeFromManifest();
    }

    /// <summary>A health check from a probe that throws while the server cannot serve.</summary>
    public static void AddProbe(this IHealthChecksBuilder checks, string key, Func<CancellationToken, Task> probe) =>
        checks.AddAsyncCheck(key, async cancellationToken =>
        {
            await probe(cancellationToken);
            return HealthCheckResult.Healthy();
        }, timeout: TimeSpan.FromSeconds(5));

    internal static string Text(int number) => number.ToString(CultureInfo.InvariantCulture);

    /// <summary>Writes a file only its owner can read (configuration holding a password).</summary>
    internal static string WritePrivateFile(string folder, string name, IEnumerable<string> lines)
    {
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, name);
        File.WriteAllLines(path, lines);
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        return path;
    }
}
