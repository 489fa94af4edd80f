using Mentorship.Matching.Domain;

namespace Mentorship.Matching.Apis.Models;

public sealed record AppreciationView(
    Guid Id,
    Guid MenteeId,
    Guid MentorId,
    string Kind,
    double Value,
    string Reason,
    Guid CreatedBy,
    DateTimeOffset CreatedAt,
    bool InForce,
    DateTimeOffset? EndedAt,
    Guid? EndedBy,
    string? EndReason)
{
    public static AppreciationView From(AppreciationRecord a) => new(
        a.Id, a.MenteeId, a.MentorId, a.Kind, a.Value, a.Reason, a.CreatedBy, a.CreatedAt, a.InForce, a.EndedAt, a.EndedBy, a.EndReason);
}
