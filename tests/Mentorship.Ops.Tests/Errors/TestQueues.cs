using System.Text;
using System.Text.Json;
using Mentorship.Ops.Errors;
using Mentorship.Testing;
using RabbitMQ.Client;

namespace Mentorship.Ops.Tests.Errors;

/// <summary>
/// A consumer queue of its own and its "_error" queue on the shared broker, and faulted messages put
/// there the way MassTransit does it: envelope body, message id, fault headers.
/// </summary>
public sealed class TestQueues : IAsyncDisposable
{
    public const string PersonalMarker = "Jeanne Dupont, jeanne@example.org";

    private readonly IConnection _connection;
    private readonly IChannel _channel;

    private TestQueues(string eventBus, IConnection connection, IChannel channel)
    {
        EventBus = eventBus;
        _connection = connection;
        _channel = channel;
    }

    public string EventBus { get; }

    public string Queue { get; } = $"ops-test-{Guid.NewGuid():N}";

    public string ErrorQueue => Queue + ErrorQueues.Suffix;

    public static async Task<TestQueues> CreateAsync()
    {
        var eventBus = (await TestInfrastructure.Shared.GetEventBusAsync()).EventBusConnectionString;
        var connection = await new ConnectionFactory { Uri = new Uri(eventBus) }.CreateConnectionAsync();
        var channel = await connection.CreateChannelAsync(new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true));
        var queues = new TestQueues(eventBus, connection, channel);
        await channel.QueueDeclareAsync(queues.Queue, durable: true, exclusive: false, autoDelete: false);
        await channel.QueueDeclareAsync(queues.ErrorQueue, durable: true, exclusive: false, autoDelete: false);
        return queues;
    }

    /// <summary>Puts a faulted message in the error queue; returns its message id.</summary>
    public async Task<string> FaultAsync(string exceptionType, string exceptionMessage)
    {
        var messageId = Guid.NewGuid().ToString();
        var envelope = new
        {
            messageId,
            messageType = new[] { "urn:message:Mentorship.Pairing.Contracts:PairClosed" },
            sentTime = DateTimeOffset.UtcNow,
            // Events carry ids only; this stands for contents the tool must never print.
            message = new { pairId = Guid.NewGuid(), note = PersonalMarker },
        };
        var properties = new BasicProperties
        {
            MessageId = messageId,
            ContentType = "application/vnd.masstransit+json",
            Persistent = true,
            Headers = new Dictionary<string, object?>
            {
                ["traceparent"] = "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01",
                ["MT-Reason"] = "fault",
                ["MT-Fault-ExceptionType"] = exceptionType,
                ["MT-Fault-Message"] = exceptionMessage,
                ["MT-Fault-Timestamp"] = "2026-11-30T10:15:00.0000000Z",
                ["MT-Fault-StackTrace"] = "   at Consumer.Consume()",
                ["MT-Redelivery-Count"] = 3,
            },
        };
        await _channel.BasicPublishAsync("", ErrorQueue, mandatory: true, properties, Encoding.UTF8.GetBytes(JsonSerializer.Serialize(envelope)));
        return messageId;
    }

    public async Task<uint> CountAsync(string queue) => (await _channel.QueueDeclarePassiveAsync(queue)).MessageCount;

    /// <summary>Takes the next message of the queue for good; null when it is empty.</summary>
    public async Task<BasicGetResult?> TakeAsync(string queue) => await _channel.BasicGetAsync(queue, autoAck: true);

    public async ValueTask DisposeAsync()
    {
        await _channel.QueueDeleteAsync(Queue);
        await _channel.QueueDeleteAsync(ErrorQueue);
        await _channel.CloseAsync();
        await _connection.CloseAsync();
        _channel.Dispose();
        _connection.Dispose();
    }
}
