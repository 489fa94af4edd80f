namespace Mentorship.Web.Gateway.Models;

public sealed record StartedRound(Guid RoundId, string Status);
