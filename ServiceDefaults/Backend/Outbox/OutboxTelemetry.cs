using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Mentorship.ServiceDefaults.Backend.Outbox;

/// <summary>Traces and counters of the outbox dispatcher, exported with the service's telemetry.</summary>
public static class OutboxTelemetry
{
    public const string Name = "Mentorship.Outbox";

    public static readonly ActivitySource Source = new(Name);

    private static readonly Meter Meter = new(Name);

    public static readonly Counter<long> Dispatched = Meter.CreateCounter<long>(
        "outbox.messages.dispatched", description: "Messages handed to the broker and confirmed");

    public static readonly Counter<long> Failed = Meter.CreateCounter<long>(
        "outbox.messages.failed", description: "Dispatch attempts that failed and will be retried");
}
