using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.DependencyInjection;

namespace Mentorship.AppHost.LocalServers;

public static class RedisExtensions
{
    /// <summary>
    /// redis-server from the local install on 127.0.0.1, password required (in a private configuration
    /// file, not on the command line), snapshotting to the data folder so keys survive a restart.
    /// </summary>
    public static IResourceBuilder<LocalServerResource> AddLocalRedis(this IDistributedApplicationBuilder builder, string name, DataFolder data)
    {
        var program = Installations.Find("redis-server", "redis-server");
        var folder = data.For(name);
        var password = data.PasswordOf(name);
        var port = FreePorts.Next();
        var configuration = LocalServerExtensions.WritePrivateFile(folder, "redis.conf",
        [
            "bind 127.0.0.1", $"port {LocalServerExtensions.Text(port)}", $"requirepass {password}", $"dir \"{folder}\"",
            "save 60 1", "appendonly no", "daemonize no", "protected-mode yes", "logfile \"\"",
        ]);

        var connectionString = $"localhost:{LocalServerExtensions.Text(port)},password={password}";
        return builder.AddLocalServer(name, program, folder, port, connectionString, (checks, key) => checks.AddRedis(connectionString, name: key))
            .WithArgs(configuration);
    }
}
