namespace Mentorship.AppHost.Orchestration;

/// <summary>A resource's lifecycle, in the words of .NET Aspire's dashboard.</summary>
public enum ResourceState
{
    NotStarted,
    Waiting,
    Starting,
    Running,

    /// <summary>What the resource needs to run is missing here (for us: the local install of its server).</summary>
    RuntimeUnhealthy,
    Stopping,
    Exited,

    /// <summary>A resource that runs to completion (a migration) ended with exit code 0.</summary>
    Finished,
    FailedToStart,
}
