using Mentorship.Pairing.Domain;

namespace Mentorship.Pairing.Apis.Models;

/// <summary>A logged meeting; the place is null for anyone but the pair's members.</summary>
public sealed record MeetingView(
    Guid Id,
    DateOnly Date,
    int DurationMinutes,
    IReadOnlyList<MeetingDimension> Dimensions,
    string? Place,
    DateTimeOffset LoggedAt)
{
    public static MeetingView From(Meeting meeting, PairAudience audience) => new(
        meeting.Id,
        meeting.Date,
        meeting.DurationMinutes,
        meeting.Dimensions,
        audience.IsMember ? meeting.Place : null,
        meeting.LoggedAt);
}
