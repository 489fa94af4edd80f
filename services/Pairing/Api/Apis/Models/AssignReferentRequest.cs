namespace Mentorship.Pairing.Apis.Models;

/// <summary>The referent of the programme who is to supervise the pair.</summary>
public sealed record AssignReferentRequest(Guid? PersonId);
