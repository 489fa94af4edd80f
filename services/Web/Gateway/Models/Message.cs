namespace Mentorship.Web.Gateway.Models;

/// <summary>A message of a pair's private thread.</summary>
public sealed record Message(Guid Id, Guid PairId, Guid SenderId, string Text, DateTimeOffset PostedAt);
