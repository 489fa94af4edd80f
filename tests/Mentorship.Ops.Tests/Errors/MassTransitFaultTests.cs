using MassTransit;
using Mentorship.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Mentorship.Ops.Tests.Errors;

/// <summary>
/// The tool against what MassTransit itself writes: a consumer without retries fails, MassTransit moves
/// the message to "&lt;queue&gt;_error" with its fault headers, and the replayed message is consumed again
/// under its original message id.
/// </summary>
public sealed class MassTransitFaultTests : IAsyncLifetime
{
    private readonly ProbeConsumer.State _state = new();
    private TestQueues _queues = null!;
    private ServiceProvider _services = null!;
    private IBusControl _bus = null!;

    public async Task InitializeAsync()
    {
        _queues = await TestQueues.CreateAsync();
        _services = new ServiceCollection()
            .AddLogging()
            .AddSingleton(_state)
            .AddMassTransit(bus =>
            {
                bus.AddConsumer<ProbeConsumer>();
                bus.UsingRabbitMq((context, rabbit) =>
                {
                    rabbit.Host(new Uri(_queues.EventBus));
                    rabbit.ReceiveEndpoint(_queues.Queue, endpoint =>
                    {
                        // Sent to the queue only: no exchange bound by message type, shared with other test runs.
                        endpoint.ConfigureConsumeTopology = false;
                        endpoint.ConfigureConsumer<ProbeConsumer>(context);
                    });
                });
            })
            .BuildServiceProvider();
        _bus = _services.GetRequiredService<IBusControl>();
        await _bus.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _bus.StopAsync();
        await _services.DisposeAsync();
        await _queues.DisposeAsync();
    }

    [Fact]
    public async Task A_message_masstransit_gave_up_on_is_listed_with_its_reason_and_consumed_once_replayed()
    {
        var messageId = NewId.NextGuid();
        var queue = await _bus.GetSendEndpoint(new Uri($"queue:{_queues.Queue}"));
        await queue.Send(new Probe(Guid.NewGuid()), context => context.MessageId = messageId);
        await Eventually.True(async () => await _queues.CountAsync(_queues.ErrorQueue) == 1, "the message in the error queue", seconds: 30);

        var list = (await OpsRun.Of("errors", "list", "--queue", _queues.ErrorQueue, "--eventbus", _queues.EventBus)).Succeeded();
        var show = (await OpsRun.Of("errors", "show", _queues.ErrorQueue, "--eventbus", _queues.EventBus)).Succeeded();
        _state.Failing = false;
        (await OpsRun.Of("errors", "replay", _queues.ErrorQueue, "--message-id", messageId.ToString(), "--eventbus", _queues.EventBus)).Succeeded();

        Assert.Contains("1 × System.InvalidOperationException: Probe refused on purpose", list.Output);
        Assert.StartsWith($"{messageId}  ", show.Output);
        Assert.Contains("urn:message:Mentorship.Ops.Tests.Errors:Probe  System.InvalidOperationException: Probe refused on purpose", show.Output);
        await Eventually.True(() => Task.FromResult(!_state.Consumed.IsEmpty), "the replayed message consumed", seconds: 30);
        Assert.Equal([messageId], _state.Consumed);
        Assert.Equal(0u, await _queues.CountAsync(_queues.ErrorQueue));
    }
}
