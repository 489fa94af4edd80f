namespace Mentorship.ServiceDefaults.Backend.Outbox;

/// <summary>How a message type is written in an outbox row and found again when dispatching.</summary>
public static class MessageTypeNames
{
    public static string Of(Type type) => $"{type.FullName}, {type.Assembly.GetName().Name}";

    public static Type? Resolve(string name) => Type.GetType(name, throwOnError: false);
}
