namespace Mentorship.Testing;

/// <summary>Chooses where a server comes from: the environment, else a container, else the AppHost's local servers.</summary>
public static class InfrastructureModeSelector
{
    /// <summary>The Docker probe runs only when the environment gives no connection string.</summary>
    public static InfrastructureMode Select(string? connectionStringFromEnvironment, Func<bool> dockerEngineReachable) =>
        !string.IsNullOrWhiteSpace(connectionStringFromEnvironment) ? InfrastructureMode.Environment
        : dockerEngineReachable() ? InfrastructureMode.Container
        : InfrastructureMode.AppHost;
}
