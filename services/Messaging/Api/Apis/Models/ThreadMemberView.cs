using Mentorship.Messaging.Domain.Threads;

namespace Mentorship.Messaging.Apis.Models;

public sealed record ThreadMemberView(Guid PersonId, ThreadRole Role, Guid? InvitedBy, DateTimeOffset JoinedAt);
