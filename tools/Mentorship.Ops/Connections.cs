using Mentorship.ServiceDefaults.Hosting;

namespace Mentorship.Ops;

/// <summary>
/// The connection strings the services read, under the same keys: an option given on the command line
/// wins, else ConnectionStrings__eventbus and ConnectionStrings__&lt;service&gt;db from the environment
/// (a pod's environment, or the values of the "&lt;service&gt;-connections" secrets).
/// </summary>
public static class Connections
{
    public static string EventBus(string? option) =>
        option ?? Read(ResourceNames.EventBus) ?? throw new OpsException(
            $"No broker: give --eventbus amqp://user:password@host:5672 or set ConnectionStrings__{ResourceNames.EventBus}.");

    public static string DatabaseOf(string service, string? option)
    {
        var key = ResourceNames.DatabaseOf(service);
        return option ?? Read(key) ?? throw new OpsException(
            $"No database for {service}: give --connection \"Host=…;Database={key};Username=…;Password=…\" or set ConnectionStrings__{key}.");
    }

    private static string? Read(string resource) =>
        Environment.GetEnvironmentVariable($"ConnectionStrings__{resource}") is { Length: > 0 } value ? value : null;
}
