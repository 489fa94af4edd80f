using Mentorship.AppHost.Processes;

namespace Mentorship.AppHost.Infrastructure;

/// <summary>Where and how a local server runs.</summary>
public sealed record LocalServerOptions
{
    /// <summary>The server's own folder; its data stays there between runs.</summary>
    public required string DataDirectory { get; init; }

    public required string Password { get; init; }

    /// <summary>0 picks a free port; the port then stays the same across restarts of the server.</summary>
    public int Port { get; init; }

    /// <summary>False trades crash safety for speed (no fsync): for throw-away test servers.</summary>
    public bool Durable { get; init; } = true;

    /// <summary>How long a stop signal has before the process tree is killed.</summary>
    public TimeSpan StopTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Receives each output line of the server's processes (true for standard error).</summary>
    public Action<string, bool>? Output { get; init; }

    /// <summary>Records the processes so that a later run can end them if this one is killed.</summary>
    public ProcessRegistry? Registry { get; init; }
}
