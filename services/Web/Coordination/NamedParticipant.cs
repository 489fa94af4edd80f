namespace Mentorship.Web.Coordination;

public sealed record NamedParticipant(Guid PersonId, string Name);
