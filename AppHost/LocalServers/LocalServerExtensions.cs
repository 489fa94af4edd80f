using System.Globalization;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.DependencyInjection;

namespace Mentorship.AppHost.LocalServers;

public static class LocalServerExtensions
{
    /// <summary>
    /// Adds a server run from the local install: a non-proxied TCP endpoint on the given port, and
    /// a health check (<paramref name="probe"/> must throw while the server cannot serve) that
    /// WaitFor and the dashboard use.
    /// </summary>
    public static IResourceBuilder<LocalServerResource> AddLocalServer(
        this IDistributedApplicationBuilder builder, string name, string command, string workingDirectory,
        int port, string connectionString, Func<LocalServerResource, CancellationToken, Task> probe)
    {
        var resource = new LocalServerResource(name, command, workingDirectory, port, connectionString);
        var healthCheck = $"{name}-probe";
        builder.Services.AddHealthChecks().AddAsyncCheck(healthCheck, async cancellationToken =>
        {
            try
            {
                using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                timeout.CancelAfter(TimeSpan.FromSeconds(5));
                await probe(resource, timeout.Token);
                return HealthCheckResult.Healthy();
            }
            catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                return HealthCheckResult.Unhealthy(e.Message);
            }
        });

        return builder.AddResource(resource)
            .WithEndpoint("tcp", endpoint =>
            {
                endpoint.Port = port;
                endpoint.TargetPort = port;
                endpoint.IsProxied = false;
                endpoint.UriScheme = "tcp";
            })
            .WithHealthCheck(healthCheck)
            .ExcludeFromManifest();
    }

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
