namespace Mentorship.Messaging.Apis.Models;

public sealed record MessageView(Guid Id, Guid PairId, Guid SenderId, string Text, DateTimeOffset PostedAt);
