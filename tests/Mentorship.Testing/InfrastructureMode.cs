namespace Mentorship.Testing;

/// <summary>Where a test server comes from, in order of preference.</summary>
public enum InfrastructureMode
{
    /// <summary>A connection string from the environment (ConnectionStrings__{resource}), e.g. CI's service containers.</summary>
    Environment,

    /// <summary>A Testcontainers container, when a Docker engine answers.</summary>
    Container,

    /// <summary>The local installs, started by the AppHost itself (servers only) with throw-away data.</summary>
    AppHost,
}
