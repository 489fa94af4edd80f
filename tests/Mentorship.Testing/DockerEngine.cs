using System.Net.Sockets;
using System.Text;

namespace Mentorship.Testing;

/// <summary>Asks the Docker engine for /_ping, briefly: a machine without one must not make tests wait.</summary>
public static class DockerEngine
{
    private const string DefaultSocket = "/var/run/docker.sock";
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(2);

    /// <summary>True when DOCKER_HOST (unix:// or tcp://), else the default or rootless socket, answers 200 to /_ping.</summary>
    public static bool IsReachable() => IsReachable(Environment.GetEnvironmentVariable("DOCKER_HOST"));

    public static bool IsReachable(string? dockerHost)
    {
        var endpoint = Endpoint(dockerHost);
        if (endpoint is null)
            return false;

        try
        {
            return PingAsync(endpoint).WaitAsync(Timeout).GetAwaiter().GetResult();
        }
        catch (Exception e) when (e is SocketException or IOException or TimeoutException)
        {
            return false;
        }
    }

    private static System.Net.EndPoint? Endpoint(string? dockerHost)
    {
        if (string.IsNullOrWhiteSpace(dockerHost))
        {
            var rootless = Environment.GetEnvironmentVariable("XDG_RUNTIME_DIR") is { } runtime ? Path.Combine(runtime, "docker.sock") : null;
            var socket = File.Exists(DefaultSocket) ? DefaultSocket : rootless is not null && File.Exists(rootless) ? rootless : null;
            return socket is null ? null : new UnixDomainSocketEndPoint(socket);
        }

        var uri = new Uri(dockerHost);
        return uri.Scheme switch
        {
            "unix" => File.Exists(uri.AbsolutePath) ? new UnixDomainSocketEndPoint(uri.AbsolutePath) : null,
            "tcp" or "http" => new System.Net.DnsEndPoint(uri.Host, uri.Port),
            _ => null,
        };
    }

    private static async Task<bool> PingAsync(System.Net.EndPoint endpoint)
    {
        var protocol = endpoint is UnixDomainSocketEndPoint ? ProtocolType.Unspecified : ProtocolType.Tcp;
        using var socket = new Socket(endpoint.AddressFamily == AddressFamily.Unspecified ? AddressFamily.InterNetwork : endpoint.AddressFamily, SocketType.Stream, protocol);
        await socket.ConnectAsync(endpoint);
        await socket.SendAsync(Encoding.ASCII.GetBytes("GET /_ping HTTP/1.0\r\nHost: docker\r\n\r\n"));
        var buffer = new byte[256];
        var read = await socket.ReceiveAsync(buffer);
        var status = Encoding.ASCII.GetString(buffer, 0, read);
        return status.StartsWith("HTTP/1.", StringComparison.Ordinal) && status.Contains(" 200 ", StringComparison.Ordinal);
    }
}
