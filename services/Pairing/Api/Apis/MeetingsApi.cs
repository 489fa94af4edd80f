using Mentorship.Pairing.Apis.Models;
using Mentorship.Pairing.Data;
using Mentorship.Pairing.Domain;
using Mentorship.Pairing.Resources;
using Mentorship.ServiceDefaults.Backend.Outbox;
using Mentorship.ServiceDefaults.Http;
using Mentorship.ServiceDefaults.Identity;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Pairing.Apis;

/// <summary>Meetings of an active pair, logged by its members; staff see that they happened, not where.</summary>
public static class MeetingsApi
{
    public static IEndpointRouteBuilder MapMeetingsApi(this IEndpointRouteBuilder app)
    {
        var meetings = app.MapGroup("/api/pairs/{pairId:guid}/meetings").WithTags("Meetings");
        meetings.MapPost("", LogMeeting).WithValidation<LogMeetingRequest>();
        meetings.MapGet("/{meetingId:guid}", GetMeeting);
        return app;
    }

    public static Task<Results<Created<MeetingView>, Ok<MeetingView>, ProblemHttpResult>> LogMeeting(
        Guid pairId,
        LogMeetingRequest request,
        CurrentUser user,
        PairingDbContext db,
        TimeProvider clock,
        CancellationToken cancellationToken) =>
        ConcurrentChanges.RetryAsync(db, () => LogMeetingOnceAsync(pairId, request, user, db, clock, cancellationToken));

    private static async Task<Results<Created<MeetingView>, Ok<MeetingView>, ProblemHttpResult>> LogMeetingOnceAsync(
        Guid pairId,
        LogMeetingRequest request,
        CurrentUser user,
        PairingDbContext db,
        TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var pair = await PairsApi.LoadAsync(db, pairId, cancellationToken);
        if (pair is null)
            return ApiProblems.NotFound("pair", pairId);
        var audience = PairAudience.Of(user, pair);
        if (!audience.IsMember)
            return ApiProblems.Forbidden(PairingTexts.All.InUiLanguage("problem.meeting.logged-by"));

        var now = Moments.Now(clock);
        var meeting = new Meeting
        {
            Id = Guid.CreateVersion7(now),
            PairId = pair.Id,
            Date = request.Date!.Value,
            DurationMinutes = request.DurationMinutes!.Value,
            Place = InputText.Trimmed(request.Place),
            Dimensions = request.Dimensions!.Select(d => Kebab.Parse<MeetingDimension>(d)!.Value).Distinct().Order().ToList(),
            LoggedBy = user.PersonId,
            LoggedAt = now,
        };
        var result = pair.LogMeeting(meeting);
        if (result.Refused)
            return PairProblems.Refused(result, pair);
        if (!result.Changed)
            return TypedResults.Ok(MeetingView.From(pair.Meetings.First(m => m.SameAs(meeting)), audience));

        db.AddEvent(PairingEvents.MeetingLogged(pair, meeting), clock);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/pairs/{pair.Id}/meetings/{meeting.Id}", MeetingView.From(meeting, audience));
    }

    public static async Task<Results<Ok<MeetingView>, ProblemHttpResult>> GetMeeting(
        Guid pairId,
        Guid meetingId,
        CurrentUser user,
        PairingDbContext db,
        CancellationToken cancellationToken)
    {
        var pair = await db.Pairs.AsNoTracking().FirstOrDefaultAsync(p => p.Id == pairId, cancellationToken);
        if (pair is null)
            return ApiProblems.NotFound("pair", pairId);
        var audience = PairAudience.Of(user, pair);
        if (!audience.CanRead)
            return ApiProblems.Forbidden(PairingTexts.All.InUiLanguage("problem.meeting.shown-to"));

        var meeting = await db.Meetings.AsNoTracking()
            .FirstOrDefaultAsync(m => m.Id == meetingId && m.PairId == pairId, cancellationToken);
        return meeting is null
            ? ApiProblems.NotFound("meeting", meetingId)
            : TypedResults.Ok(MeetingView.From(meeting, audience));
    }
}
