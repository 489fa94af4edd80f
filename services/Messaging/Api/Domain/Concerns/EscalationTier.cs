namespace Mentorship.Messaging.Domain.Concerns;

/// <summary>One tier of escalation contacts: who takes a concern up when the tier below did not in time, and how long they have.</summary>
public sealed class EscalationTier
{
    public List<Guid> Contacts { get; set; } = [];

    public TimeSpan AcknowledgeWithin { get; set; }
}
