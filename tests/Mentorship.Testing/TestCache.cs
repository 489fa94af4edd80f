namespace Mentorship.Testing;

/// <summary>A Redis server for tests.</summary>
public sealed class TestCache
{
    internal TestCache(InfrastructureMode mode, string connectionString)
    {
        Mode = mode;
        ConnectionString = connectionString;
    }

    public InfrastructureMode Mode { get; }

    /// <summary>"host:port[,password=...]", as ConnectionStrings__cache.</summary>
    public string ConnectionString { get; }
}
