namespace Mentorship.AppHost.Hosting;

/// <summary>How to run the platform locally. The defaults are those of `dotnet run --project AppHost`.</summary>
public sealed record DistributedSystemOptions
{
    /// <summary>The folder of Mentorship.sln; null finds it above the AppHost's binaries.</summary>
    public string? RepositoryRoot { get; init; }

    /// <summary>Servers' data, passwords and child pids; null is .data/ in the repository (kept between runs).</summary>
    public string? DataDirectory { get; init; }

    /// <summary>Wipe the data folder first.</summary>
    public bool Reset { get; init; }

    /// <summary>The gateway's preferred port (taken when free, else any free one); 0 for any free port.</summary>
    public int GatewayPort { get; init; } = 5080;

    /// <summary>The ops page's preferred port (taken when free, else any free one); 0 for any free port.</summary>
    public int OpsPort { get; init; } = 18800;

    /// <summary>Where projects export telemetry; null leaves export off.</summary>
    public OtlpSettings? Otlp { get; init; }

    /// <summary>The environment given to projects (Aspire passes the AppHost's own).</summary>
    public string EnvironmentName { get; init; } = "Development";

    /// <summary>How long a resource waits for its dependencies and then for its own health.</summary>
    public TimeSpan WaitTimeout { get; init; } = TimeSpan.FromSeconds(120);

    /// <summary>How long a stop signal has before a resource's process tree is killed.</summary>
    public TimeSpan StopTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>False turns off fsync in PostgreSQL: faster, for throw-away data (tests).</summary>
    public bool DurableStorage { get; init; } = true;

    /// <summary>Where resource output, state changes and the summary are written; null writes nothing.</summary>
    public TextWriter? Output { get; init; }

    /// <summary>ANSI colours in <see cref="Output"/>.</summary>
    public bool UseColors { get; init; }
}
