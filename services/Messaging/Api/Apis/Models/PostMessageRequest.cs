namespace Mentorship.Messaging.Apis.Models;

/// <summary>A message for the pair's thread: 1 to 4000 characters once trimmed.</summary>
public sealed record PostMessageRequest(string? Text);
