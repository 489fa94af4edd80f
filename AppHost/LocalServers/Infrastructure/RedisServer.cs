using System.Globalization;
using Mentorship.AppHost.Processes;
using StackExchange.Redis;

namespace Mentorship.AppHost.Infrastructure;

/// <summary>
/// redis-server in the foreground on 127.0.0.1, password required, snapshotting to the data folder
/// (every minute after a change, and on SIGTERM) so keys survive a restart.
/// </summary>
public sealed class RedisServer : LocalServer
{
    public RedisServer(LocalServerOptions options)
        : base(options)
    {
    }

    public override string Kind => "Redis";

    public override string ConnectionString => $"localhost:{Port},password={Options.Password}";

    protected override async Task LaunchAsync(CancellationToken cancellationToken)
    {
        var program = Executables.Find("redis-server") ?? throw new ServerNotInstalledException(Kind, "redis-server");
        Directory.CreateDirectory(Options.DataDirectory);

        // A configuration file rather than arguments keeps the password out of the process list.
        var configuration = Path.Combine(Options.DataDirectory, "redis.conf");
        string[] lines =
        [
            "bind 127.0.0.1",
            $"port {Port.ToString(CultureInfo.InvariantCulture)}",
            $"requirepass {Options.Password}",
            $"dir \"{Path.GetFullPath(Options.DataDirectory)}\"",
            "save 60 1",
            "appendonly no",
            "daemonize no",
            "protected-mode yes",
            "logfile \"\"",
        ];
        await File.WriteAllLinesAsync(configuration, lines, cancellationToken);
        PrivateFiles.Restrict(configuration);

        StartProcess(new ProcessSpec(program, [configuration]), UnixSignal.Terminate);
    }

    protected override async Task ProbeAsync(CancellationToken cancellationToken)
    {
        var options = ConfigurationOptions.Parse(ConnectionString);
        options.AbortOnConnectFail = true;
        options.ConnectRetry = 0;
        options.ConnectTimeout = 2000;
        await using var connection = await ConnectionMultiplexer.ConnectAsync(options);
        await connection.GetDatabase().PingAsync().WaitAsync(cancellationToken);
    }
}
