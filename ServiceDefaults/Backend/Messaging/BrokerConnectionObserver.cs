using MassTransit;

namespace Mentorship.ServiceDefaults.Backend.Messaging;

/// <summary>Notifies <see cref="BrokerConnectedSignal"/> each time a receive endpoint is ready.</summary>
public sealed class BrokerConnectionObserver(BrokerConnectedSignal signal) : IReceiveEndpointObserver
{
    public Task Ready(ReceiveEndpointReady ready)
    {
        signal.Notify();
        return Task.CompletedTask;
    }

    public Task Stopping(ReceiveEndpointStopping stopping) => Task.CompletedTask;

    public Task Completed(ReceiveEndpointCompleted completed) => Task.CompletedTask;

    public Task Faulted(ReceiveEndpointFaulted faulted) => Task.CompletedTask;
}
