using System.Globalization;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;
using Mentorship.AppHost.Networking;
using Mentorship.AppHost.Processes;
using RabbitMQ.Client;

namespace Mentorship.AppHost.Infrastructure;

/// <summary>
/// A RabbitMQ node from the local install with its own epmd. The node script is run directly (Debian's
/// /usr/sbin wrapper switches user); epmd is our child on a port of its own, because a node that starts
/// its own epmd leaves it behind as a daemon. Everything the node writes stays in the data folder.
/// </summary>
public sealed class RabbitMqServer : LocalServer
{
    public const string User = "guest";
    private const string ServerScript = "/usr/lib/rabbitmq/bin/rabbitmq-server";
    private static readonly TimeSpan EpmdStartLimit = TimeSpan.FromSeconds(10);

    // epmd's protocol: a two-byte length, then 'n' (110), NAMES_REQ; the answer starts with epmd's port.
    private static readonly byte[] NamesRequest = [0, 1, 110];

    public RabbitMqServer(LocalServerOptions options)
        : base(options)
    {
        DistributionPort = FreePorts.Next();
        EpmdPort = FreePorts.Next();
        // The node name is stored with the data, so it follows the data folder rather than the port,
        // which changes from run to run; epmd being our own, the name cannot clash with another node's.
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Path.GetFullPath(options.DataDirectory))))[..8];
        NodeName = $"mentorship-{hash}@localhost";
    }

    public override string Kind => "RabbitMQ";

    /// <summary>amqp://guest:{password}@localhost:{port}, user and password URI-encoded.</summary>
    public override string ConnectionString =>
        $"amqp://{Uri.EscapeDataString(User)}:{Uri.EscapeDataString(Options.Password)}@localhost:{Port}";

    public string NodeName { get; }

    public int DistributionPort { get; }

    public int EpmdPort { get; }

    protected override async Task LaunchAsync(CancellationToken cancellationToken)
    {
        var server = Executables.Find("rabbitmq-server", ServerScript) ?? throw new ServerNotInstalledException(Kind, "rabbitmq-server");
        var epmd = Executables.Find("epmd", "/usr/lib/erlang/bin/epmd") ?? throw new ServerNotInstalledException($"{Kind} (epmd)", "erlang-base");
        var environment = await WriteConfigurationAsync(cancellationToken);

        StartProcess(new ProcessSpec(epmd, ["-address", "127.0.0.1", "-port", Text(EpmdPort)]), UnixSignal.Terminate);
        await WaitForEpmdAsync(EpmdPort, cancellationToken);
        StartProcess(new ProcessSpec(server, []) { Environment = environment, WorkingDirectory = Options.DataDirectory }, UnixSignal.Terminate);
    }

    protected override async Task ProbeAsync(CancellationToken cancellationToken)
    {
        var factory = new ConnectionFactory
        {
            Uri = new Uri(ConnectionString),
            AutomaticRecoveryEnabled = false,
            RequestedConnectionTimeout = TimeSpan.FromSeconds(3),
        };
        await using var connection = await factory.CreateConnectionAsync(cancellationToken);
        await connection.CloseAsync(cancellationToken);
    }

    private async Task<Dictionary<string, string>> WriteConfigurationAsync(CancellationToken cancellationToken)
    {
        var root = Path.GetFullPath(Options.DataDirectory);
        var home = Path.Combine(root, "home");
        Directory.CreateDirectory(home);

        var configuration = Path.Combine(root, "rabbitmq.conf");
        string[] lines =
        [
            $"listeners.tcp.1 = 127.0.0.1:{Text(Port)}",
            $"default_user = {User}",
            $"default_pass = {Options.Password}",
            "log.console = true",
            "log.console.level = info",
            "log.console.use_colors = off",
            "log.file = false",
        ];
        await File.WriteAllLinesAsync(configuration, lines, cancellationToken);
        PrivateFiles.Restrict(configuration);

        var plugins = Path.Combine(root, "enabled_plugins");
        await File.WriteAllTextAsync(plugins, "[].", cancellationToken);
        // Our own (empty) environment file, so /etc/rabbitmq/rabbitmq-env.conf cannot rename or move the node.
        var environmentFile = Path.Combine(root, "rabbitmq-env.conf");
        await File.WriteAllTextAsync(environmentFile, "", cancellationToken);

        return new Dictionary<string, string>
        {
            ["HOME"] = home,
            ["RABBITMQ_NODENAME"] = NodeName,
            ["RABBITMQ_NODE_PORT"] = Text(Port),
            ["RABBITMQ_DIST_PORT"] = Text(DistributionPort),
            ["RABBITMQ_MNESIA_BASE"] = Path.Combine(root, "mnesia"),
            ["RABBITMQ_LOG_BASE"] = Path.Combine(root, "log"),
            ["RABBITMQ_CONFIG_FILE"] = configuration,
            ["RABBITMQ_ADVANCED_CONFIG_FILE"] = Path.Combine(root, "advanced.config"),
            ["RABBITMQ_ENABLED_PLUGINS_FILE"] = plugins,
            ["RABBITMQ_CONF_ENV_FILE"] = environmentFile,
            ["ERL_EPMD_PORT"] = Text(EpmdPort),
            ["RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS"] = "-start_epmd false",
            ["ERL_CRASH_DUMP"] = Path.Combine(root, "erl_crash.dump"),
        };
    }

    /// <summary>Asks epmd for its node names (NAMES_REQ) until it answers: then a node can register.</summary>
    private static async Task WaitForEpmdAsync(int port, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + EpmdStartLimit;
        while (true)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync("127.0.0.1", port, cancellationToken);
                var stream = client.GetStream();
                await stream.WriteAsync(NamesRequest, cancellationToken);
                var answer = new byte[4];
                await stream.ReadExactlyAsync(answer, cancellationToken);
                return;
            }
            catch (Exception e) when (e is SocketException or IOException && DateTime.UtcNow < deadline)
            {
                await Task.Delay(50, cancellationToken);
            }
        }
    }

    private static string Text(int port) => port.ToString(CultureInfo.InvariantCulture);
}
