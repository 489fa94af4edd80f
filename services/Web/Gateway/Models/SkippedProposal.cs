namespace Mentorship.Web.Gateway.Models;

public sealed record SkippedProposal(Guid MenteeId, Guid MentorId, string Reason);
