namespace Mentorship.Messaging.Apis.Models;

/// <summary>What an unsubscribe link did: the kind turned off ("all" for every kind) and a sentence for the reader.</summary>
public sealed record UnsubscribedView(string Kind, string Message);
