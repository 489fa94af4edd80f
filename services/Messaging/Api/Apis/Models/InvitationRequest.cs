namespace Mentorship.Messaging.Apis.Models;

/// <summary>The programme's referent a pair member brings into the thread.</summary>
public sealed record InvitationRequest(Guid? PersonId);
