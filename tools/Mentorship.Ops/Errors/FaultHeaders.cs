using System.Globalization;
using System.Text;
using System.Text.Json;
using RabbitMQ.Client;

namespace Mentorship.Ops.Errors;

/// <summary>
/// What MassTransit writes on a message it moves to "&lt;queue&gt;_error": MT-Reason, MT-Fault-ExceptionType,
/// MT-Fault-Message, MT-Fault-Timestamp; and how a replay removes that failure bookkeeping again.
/// </summary>
public static class FaultHeaders
{
    public const string Reason = "MT-Reason";
    public const string ExceptionType = "MT-Fault-ExceptionType";
    public const string Message = "MT-Fault-Message";
    public const string Timestamp = "MT-Fault-Timestamp";
    public const string FaultPrefix = "MT-Fault-";
    public const string RedeliveryCount = "MT-Redelivery-Count";

    private const int ReasonLength = 160;

    /// <summary>Describes a message from its properties and envelope, without reading its contents.</summary>
    public static FaultedMessage Describe(IReadOnlyBasicProperties properties, ReadOnlyMemory<byte> body)
    {
        var headers = properties.Headers ?? new Dictionary<string, object?>();
        var exceptionType = Text(headers, ExceptionType);
        var message = Text(headers, Message);
        var reason = (exceptionType, message) switch
        {
            (null, null) => Text(headers, Reason) ?? "(no fault headers)",
            (null, _) => message!,
            (_, null) => exceptionType,
            _ => $"{exceptionType}: {message}",
        };
        if (reason.Length > ReasonLength)
            reason = reason[..ReasonLength] + "…";

        var faultedAt = DateTimeOffset.TryParse(Text(headers, Timestamp), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at)
            ? at
            : properties.IsTimestampPresent() ? DateTimeOffset.FromUnixTimeSeconds(properties.Timestamp.UnixTime) : (DateTimeOffset?)null;
        var (envelopeId, messageType) = Envelope(body);
        return new FaultedMessage(properties.IsMessageIdPresent() ? properties.MessageId : envelopeId, messageType, reason, faultedAt);
    }

    /// <summary>
    /// The properties to send a faulted message back with: the same message id (the inbox deduplicates
    /// on it), body type, trace context and other headers, without the failure bookkeeping, so that the
    /// consumer gets its full retry policy again and a later fault is reported afresh.
    /// </summary>
    public static BasicProperties ForReplay(IReadOnlyBasicProperties original)
    {
        var replay = new BasicProperties { Persistent = true };
        if (original.IsMessageIdPresent())
            replay.MessageId = original.MessageId;
        if (original.IsCorrelationIdPresent())
            replay.CorrelationId = original.CorrelationId;
        if (original.IsContentTypePresent())
            replay.ContentType = original.ContentType;
        if (original.IsContentEncodingPresent())
            replay.ContentEncoding = original.ContentEncoding;
        if (original.IsTypePresent())
            replay.Type = original.Type;
        if (original.IsTimestampPresent())
            replay.Timestamp = original.Timestamp;
        if (original.IsAppIdPresent())
            replay.AppId = original.AppId;
        replay.Headers = (original.Headers ?? new Dictionary<string, object?>())
            .Where(header => !IsFailureBookkeeping(header.Key))
            .ToDictionary(header => header.Key, header => header.Value);
        return replay;
    }

    public static bool IsFailureBookkeeping(string header) =>
        header.StartsWith(FaultPrefix, StringComparison.Ordinal) || header is Reason or RedeliveryCount;

    /// <summary>A header as text: the client hands AMQP strings over as bytes.</summary>
    public static string? Text(IDictionary<string, object?> headers, string key) =>
        headers.TryGetValue(key, out var value) ? value switch
        {
            null => null,
            byte[] bytes => Encoding.UTF8.GetString(bytes),
            _ => Convert.ToString(value, CultureInfo.InvariantCulture),
        } : null;

    /// <summary>The message id and first message type of MassTransit's JSON envelope, when the body is one.</summary>
    private static (string? MessageId, string? MessageType) Envelope(ReadOnlyMemory<byte> body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
                return (null, null);
            var id = root.TryGetProperty("messageId", out var messageId) && messageId.ValueKind == JsonValueKind.String ? messageId.GetString() : null;
            var type = root.TryGetProperty("messageType", out var types) && types.ValueKind == JsonValueKind.Array && types.GetArrayLength() > 0
                ? types[0].GetString()
                : null;
            return (id, type);
        }
        catch (JsonException)
        {
            return (null, null);
        }
    }
}
