using System.Text;
using Mentorship.Testing;
using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;

namespace Mentorship.ServiceDefaults.Tests.Backend.Messaging.Ledger;

/// <summary>Reads what MassTransit moved aside from a consumer's queue ("_error", "_skipped"), straight from the broker.</summary>
public static class ErrorQueue
{
    /// <summary>Takes the next message of the queue, or null when it is empty or not declared yet.</summary>
    public static async Task<BasicGetResult?> TakeAsync(string queue)
    {
        var eventBus = (await TestInfrastructure.Shared.GetEventBusAsync()).EventBusConnectionString;
        await using var connection = await new ConnectionFactory { Uri = new Uri(eventBus) }.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        try
        {
            return await channel.BasicGetAsync(queue, autoAck: true);
        }
        catch (OperationInterruptedException)
        {
            return null; // MassTransit declares such a queue with the first message it moves there.
        }
    }

    public static string? Header(BasicGetResult message, string name) =>
        message.BasicProperties.Headers?.TryGetValue(name, out var value) == true
            ? value switch
            {
                byte[] bytes => Encoding.UTF8.GetString(bytes),
                _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture),
            }
            : null;

    public static string Body(BasicGetResult message) => Encoding.UTF8.GetString(message.Body.Span);
}
