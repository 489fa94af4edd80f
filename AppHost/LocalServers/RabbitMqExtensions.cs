using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using RabbitMQ.Client;

namespace Mentorship.AppHost.LocalServers;

public static class RabbitMqExtensions
{
    private const string User = "guest";

    /// <summary>
    /// A RabbitMQ node from the local install with an epmd of its own, as a resource the node waits
    /// for: a node starting its own epmd leaves it behind as a daemon, and epmd fails behind Aspire's
    /// proxy. Everything the node writes stays in the data folder; Debian's /usr/sbin wrapper (which
    /// switches user) is bypassed and /etc/rabbitmq is not read. <paramref name="virtualHosts"/> are
    /// declared beside "/" (the shared test servers give each test project one); none by default.
    /// </summary>
    public static IResourceBuilder<LocalServerResource> AddLocalRabbitMq(
        this IDistributedApplicationBuilder builder, string name, DataFolder data, IReadOnlyCollection<string>? virtualHosts = null)
    {
        var server = Installations.Find("rabbitmq-server", "rabbitmq-server", "/usr/lib/rabbitmq/bin/rabbitmq-server");
        var epmdProgram = Installations.Find("epmd", "erlang-base", "/usr/lib/erlang/bin/epmd");
        var folder = data.For(name);
        var password = data.PasswordOf(name);
        var (port, epmdPort, distributionPort) = (FreePorts.Next(), FreePorts.Next(), FreePorts.Next());

        var epmd = builder.AddLocalServer($"{name}-epmd", epmdProgram, folder, epmdPort, $"localhost:{epmdPort}",
                (checks, key) => checks.AddProbe(key, async cancellationToken =>
                {
                    using var client = new TcpClient();
                    await client.ConnectAsync("127.0.0.1", epmdPort, cancellationToken);
                }))
            .WithArgs("-address", "127.0.0.1", "-port", LocalServerExtensions.Text(epmdPort));

        string[] definitions = virtualHosts is { Count: > 0 }
            ? [$"load_definitions = {RabbitMqDefinitions.Write(folder, User, password, virtualHosts)}"]
            : [];
        var configuration = LocalServerExtensions.WritePrivateFile(folder, "rabbitmq.conf",
        [
            $"listeners.tcp.1 = 127.0.0.1:{LocalServerExtensions.Text(port)}", $"default_user = {User}", $"default_pass = {password}",
            "log.console = true", "log.console.level = info", "log.console.use_colors = off", "log.file = false",
            .. definitions,
        ]);
        var environmentFile = LocalServerExtensions.WritePrivateFile(folder, "rabbitmq-env.conf", []);
        File.WriteAllText(Path.Combine(folder, "enabled_plugins"), "[].");
        Directory.CreateDirectory(Path.Combine(folder, "home"));
        // The node name is stored with the data, so it follows the data folder, not the port.
        var node = "mentorship-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(folder)))[..8];

        var connectionString = $"amqp://{User}:{Uri.EscapeDataString(password)}@localhost:{LocalServerExtensions.Text(port)}";
        return builder.AddLocalServer(name, server, folder, port, connectionString, (checks, key) => checks.AddProbe(key, cancellationToken => ConnectAsync(connectionString, cancellationToken)))
            .WithEnvironment("HOME", Path.Combine(folder, "home"))
            .WithEnvironment("RABBITMQ_NODENAME", $"{node}@localhost")
            .WithEnvironment("RABBITMQ_NODE_PORT", LocalServerExtensions.Text(port))
            .WithEnvironment("RABBITMQ_DIST_PORT", LocalServerExtensions.Text(distributionPort))
            .WithEnvironment("RABBITMQ_MNESIA_BASE", Path.Combine(folder, "mnesia"))
            .WithEnvironment("RABBITMQ_LOG_BASE", Path.Combine(folder, "log"))
            .WithEnvironment("RABBITMQ_CONFIG_FILE", configuration)
            .WithEnvironment("RABBITMQ_ADVANCED_CONFIG_FILE", Path.Combine(folder, "advanced.config"))
            .WithEnvironment("RABBITMQ_ENABLED_PLUGINS_FILE", Path.Combine(folder, "enabled_plugins"))
            .WithEnvironment("RABBITMQ_CONF_ENV_FILE", environmentFile)
            .WithEnvironment("ERL_EPMD_PORT", LocalServerExtensions.Text(epmdPort))
            // Distribution on loopback only, through our epmd, never one the node would start; schedulers
            // that sleep when idle instead of spinning, which takes CPU from the services on a small machine.
            .WithEnvironment("RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS",
                "-start_epmd false -kernel inet_dist_use_interface {127,0,0,1} +sbwt none +sbwtdcpu none +sbwtdio none")
            // The script then execs the VM instead of staying as a shell in between: signals reach the node itself.
            .WithEnvironment("RUNNING_UNDER_SYSTEMD", "true")
            .WithEnvironment("ERL_CRASH_DUMP", Path.Combine(folder, "erl_crash.dump"))
            .WaitFor(epmd);
    }

    private static async Task ConnectAsync(string connectionString, CancellationToken cancellationToken)
    {
        var factory = new ConnectionFactory { Uri = new Uri(connectionString), AutomaticRecoveryEnabled = false, RequestedConnectionTimeout = TimeSpan.FromSeconds(3) };
        await using var connection = await factory.CreateConnectionAsync(cancellationToken);
        await connection.CloseAsync(cancellationToken);
    }
}
