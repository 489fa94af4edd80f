using System.Net.Sockets;
using System.Text;
using Mentorship.Testing;

namespace Mentorship.AppHost.Tests.Testing;

public sealed class InfrastructureModeTests : IDisposable
{
    private readonly TestFolder _folder = new();

    [Fact]
    public void A_connection_string_from_the_environment_wins_without_probing_for_Docker()
    {
        var mode = InfrastructureModeSelector.Select("Host=db;Username=postgres", () => throw new InvalidOperationException("probed"));

        Assert.Equal(InfrastructureMode.Environment, mode);
    }

    [Theory]
    [InlineData(true, InfrastructureMode.Container)]
    [InlineData(false, InfrastructureMode.AppHost)]
    public void Without_a_connection_string_a_reachable_Docker_engine_means_containers_else_the_AppHosts_servers(bool dockerReachable, InfrastructureMode expected)
    {
        Assert.Equal(expected, InfrastructureModeSelector.Select(null, () => dockerReachable));
    }

    [Fact]
    public void A_Docker_host_that_does_not_exist_is_not_reachable()
    {
        Assert.False(DockerEngine.IsReachable($"unix://{_folder.For("docker.sock")}"));
        Assert.False(DockerEngine.IsReachable("tcp://127.0.0.1:1"));
    }

    [Fact]
    public async Task A_Docker_engine_answering_its_ping_is_reachable()
    {
        var socketPath = _folder.For("docker.sock");
        using var listener = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        listener.Bind(new UnixDomainSocketEndPoint(socketPath));
        listener.Listen();
        var engine = Task.Run(async () =>
        {
            using var client = await listener.AcceptAsync();
            await client.ReceiveAsync(new byte[1024]);
            await client.SendAsync(Encoding.ASCII.GetBytes("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nOK"));
        });

        Assert.True(DockerEngine.IsReachable($"unix://{socketPath}"));
        await engine;
    }

    [Fact]
    public async Task A_server_from_the_environment_is_used_as_given_and_nothing_else_starts()
    {
        await using var infrastructure = new TestInfrastructure(
            name => name == "ConnectionStrings__cache" ? "cache.example:6379,password=x" : null,
            () => throw new InvalidOperationException("probed"));

        var cache = await infrastructure.GetCacheAsync();

        Assert.Equal(InfrastructureMode.Environment, cache.Mode);
        Assert.Equal("cache.example:6379,password=x", cache.ConnectionString);
        Assert.Equal(["cache"], infrastructure.Modes.Keys);
    }

    public void Dispose() => _folder.Dispose();
}
