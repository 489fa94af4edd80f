namespace Mentorship.Pairing.Apis.Models;

public sealed record ContractView(DateTimeOffset? MenteeSignedAt, DateTimeOffset? MentorSignedAt);
