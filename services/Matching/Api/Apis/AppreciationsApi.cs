using Mentorship.Matching.Apis.Models;
using Mentorship.Matching.Data;
using Mentorship.Matching.Domain;
using Mentorship.Matching.Engine.Scoring;
using Mentorship.Matching.Resources;
using Mentorship.ServiceDefaults.Backend.Data;
using Mentorship.ServiceDefaults.Http;
using Mentorship.ServiceDefaults.Identity;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Matching.Apis;

public static class AppreciationsApi
{
    private const string Superseded = "superseded";
    private const string Revoked = "revoked";

    public static IEndpointRouteBuilder MapAppreciationsApi(this IEndpointRouteBuilder app)
    {
        var appreciations = app.MapGroup("/api/programmes/{programmeId:guid}/matching/appreciations").WithTags("Matching settings")
            .RequireProgrammeStaff("Appreciations are the programme's coordinators' to record and read.", PlatformRoles.Coordinator);
        appreciations.MapPost("", RecordAppreciation).WithValidation<AppreciationRequest>();
        appreciations.MapGet("", ListAppreciations);
        appreciations.MapDelete("/{appreciationId:guid}", RevokeAppreciation);
        return app;
    }

    /// <summary>
    /// Records a coordinator's judgement on a pair; it replaces an earlier one on the same pair. A pin
    /// the hard constraints forbid (no shared language, conflict of interest, declined before) is refused.
    /// </summary>
    public static async Task<Results<Created<AppreciationView>, ValidationProblem, ProblemHttpResult>> RecordAppreciation(
        Guid programmeId,
        AppreciationRequest request,
        CurrentUser user,
        MatchingDbContext db,
        TimeProvider clock,
        CancellationToken cancellationToken)
    {
        if (!await db.Programmes.AnyAsync(p => p.Id == programmeId, cancellationToken))
            return ApiProblems.NotFound("programme", programmeId);

        var menteeId = request.MenteeId!.Value;
        var mentorId = request.MentorId!.Value;
        var mentee = await FindAsync(db, programmeId, menteeId, ParticipantRole.Mentee, cancellationToken);
        var mentor = await FindAsync(db, programmeId, mentorId, ParticipantRole.Mentor, cancellationToken);
        var unknown = new Dictionary<string, string[]>();
        if (mentee is null)
            unknown["menteeId"] = ["Not an approved mentee of this programme."];
        if (mentor is null)
            unknown["mentorId"] = ["Not an approved mentor of this programme."];
        if (unknown.Count > 0)
            return TypedResults.ValidationProblem(unknown);

        if (request.Kind == AppreciationKind.Pin)
        {
            var declined = await db.DeclinedPairs.AnyAsync(
                d => d.ProgrammeId == programmeId && d.MenteeId == menteeId && d.MentorId == mentorId, cancellationToken);
            var violations = HardConstraints.Violations(
                    new Mentee(menteeId, mentee!.Profile), new Mentor(mentorId, mentor!.Profile, mentor.Capacity), declined)
                .Where(v => v != ExclusionReason.MentorAtCapacity)
                .ToList();
            if (violations.Count > 0)
                return ApiProblems.Conflict(
                    MatchingTexts.All.InUiLanguage("problem.appreciation.breaks-hard-constraint"),
                    string.Join(", ", violations),
                    new Dictionary<string, object?> { ["reasons"] = violations });
        }

        var now = clock.GetUtcNow();
        var previous = await db.Appreciations.FirstOrDefaultAsync(
            a => a.ProgrammeId == programmeId && a.MenteeId == menteeId && a.MentorId == mentorId && a.EndedAt == null,
            cancellationToken);
        previous?.End(user.PersonId, now, Superseded);

        var appreciation = new AppreciationRecord
        {
            Id = Guid.CreateVersion7(now),
            ProgrammeId = programmeId,
            MenteeId = menteeId,
            MentorId = mentorId,
            Kind = request.Kind!,
            Value = request.Value ?? 0,
            Reason = request.Reason!.Trim(),
            CreatedBy = user.PersonId,
            CreatedAt = now,
        };
        db.Appreciations.Add(appreciation);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created(
            $"/api/programmes/{programmeId}/matching/appreciations/{appreciation.Id}", AppreciationView.From(appreciation));
    }

    /// <summary>The audit trail: every appreciation with who and when, newest first; ?inForce=true for the current ones.</summary>
    public static async Task<Results<Ok<PagedResult<AppreciationView>>, ProblemHttpResult>> ListAppreciations(
        Guid programmeId,
        [FromQuery] bool? inForce,
        [AsParameters] PageQuery page,
        MatchingDbContext db,
        CancellationToken cancellationToken)
    {
        var query = db.Appreciations.AsNoTracking().Where(a => a.ProgrammeId == programmeId);
        if (inForce is { } current)
            query = current ? query.Where(a => a.EndedAt == null) : query.Where(a => a.EndedAt != null);
        var result = await query.OrderByDescending(a => a.CreatedAt).ThenBy(a => a.Id).ToPageAsync(page, cancellationToken);
        return TypedResults.Ok(new PagedResult<AppreciationView>(
            result.Items.Select(AppreciationView.From).ToList(), result.Page, result.PageSize, result.Total));
    }

    /// <summary>Ends an appreciation (kept in the audit trail); repeating it changes nothing.</summary>
    public static async Task<Results<Ok<AppreciationView>, ProblemHttpResult>> RevokeAppreciation(
        Guid programmeId,
        Guid appreciationId,
        CurrentUser user,
        MatchingDbContext db,
        TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var appreciation = await db.Appreciations.FirstOrDefaultAsync(
            a => a.Id == appreciationId && a.ProgrammeId == programmeId, cancellationToken);
        if (appreciation is null)
            return ApiProblems.NotFound("appreciation", appreciationId);

        if (appreciation.InForce)
        {
            appreciation.End(user.PersonId, clock.GetUtcNow(), Revoked);
            await db.SaveChangesAsync(cancellationToken);
        }

        return TypedResults.Ok(AppreciationView.From(appreciation));
    }

    private static Task<Participant?> FindAsync(
        MatchingDbContext db, Guid programmeId, Guid personId, ParticipantRole role, CancellationToken cancellationToken) =>
        db.Participants.AsNoTracking()
            .Where(p => p.ProgrammeId == programmeId && p.PersonId == personId && p.Role == role && p.WithdrawnAt == null)
            .OrderByDescending(p => p.ApprovedAt)
            .FirstOrDefaultAsync(cancellationToken);
}
