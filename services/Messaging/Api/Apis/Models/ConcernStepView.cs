using Mentorship.Messaging.Domain.Concerns;

namespace Mentorship.Messaging.Apis.Models;

public sealed record ConcernStepView(ConcernStatus From, ConcernStatus To, int Tier, Guid? ActorId, DateTimeOffset At, string? Note)
{
    public static ConcernStepView Of(ConcernStep step) => new(step.From, step.To, step.Tier, step.ActorId, step.At, step.Note);
}
