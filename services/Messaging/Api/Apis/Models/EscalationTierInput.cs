namespace Mentorship.Messaging.Apis.Models;

public sealed record EscalationTierInput(List<Guid>? Contacts, int? AcknowledgeWithinHours);
