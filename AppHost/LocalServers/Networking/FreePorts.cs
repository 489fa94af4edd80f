using System.Net;
using System.Net.Sockets;

namespace Mentorship.AppHost.Networking;

/// <summary>Loopback TCP ports nothing listens on, never the same one twice in this process.</summary>
public static class FreePorts
{
    private static readonly HashSet<int> Given = [];
    private static readonly Lock Gate = new();

    /// <summary>A port the system picks as free.</summary>
    public static int Next()
    {
        lock (Gate)
        {
            while (true)
            {
                using var listener = new TcpListener(IPAddress.Loopback, 0);
                listener.Start();
                var port = ((IPEndPoint)listener.LocalEndpoint).Port;
                if (Given.Add(port))
                    return port;
            }
        }
    }

    /// <summary>The preferred port when it is free (a stable address for people), else any free one; 0 means any.</summary>
    public static int Prefer(int preferred)
    {
        lock (Gate)
        {
            if (preferred > 0 && !Given.Contains(preferred) && IsFree(preferred))
            {
                Given.Add(preferred);
                return preferred;
            }
        }

        return Next();
    }

    private static bool IsFree(int port)
    {
        try
        {
            using var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
