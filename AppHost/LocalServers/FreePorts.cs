using System.Net;
using System.Net.Sockets;

namespace Mentorship.AppHost.LocalServers;

/// <summary>Loopback ports nothing listens on, never the same one twice in this process.</summary>
public static class FreePorts
{
    private static readonly HashSet<int> Given = [];

    public static int Next()
    {
        lock (Given)
        {
            int port;
            do
            {
                using var listener = new TcpListener(IPAddress.Loopback, 0);
                listener.Start();
                port = ((IPEndPoint)listener.LocalEndpoint).Port;
            }
            while (!Given.Add(port));
            return port;
        }
    }

    /// <summary>The preferred port when nothing listens on it (a stable address for people), else null.</summary>
    public static int? IfFree(int preferred)
    {
        try
        {
            using var listener = new TcpListener(IPAddress.Loopback, preferred);
            listener.Start();
            return preferred;
        }
        catch (SocketException)
        {
            return null;
        }
    }
}
