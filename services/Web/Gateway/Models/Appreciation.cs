namespace Mentorship.Web.Gateway.Models;

/// <summary>A coordinator's judgement on a pair (bonus, malus, pin, forbid), kept in the audit trail once ended.</summary>
public sealed record Appreciation(
    Guid Id,
    Guid MenteeId,
    Guid MentorId,
    string Kind,
    double Value,
    string Reason,
    DateTimeOffset CreatedAt,
    bool InForce,
    DateTimeOffset? EndedAt,
    string? EndReason);
