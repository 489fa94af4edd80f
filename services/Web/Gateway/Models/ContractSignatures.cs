namespace Mentorship.Web.Gateway.Models;

/// <summary>Who has signed the pair's contract, and when; both signatures make the pair active.</summary>
public sealed record ContractSignatures(DateTimeOffset? MenteeSignedAt, DateTimeOffset? MentorSignedAt)
{
    public DateTimeOffset? SignedAtBy(string role) => role == "mentor" ? MentorSignedAt : MenteeSignedAt;
}
