using Mentorship.Pairing.Apis.Models;
using Mentorship.Pairing.Data;
using Mentorship.Pairing.Domain;
using Mentorship.Pairing.Extensions;
using Mentorship.Pairing.Resources;
using Mentorship.ServiceDefaults.Backend.Outbox;
using Mentorship.ServiceDefaults.Http;
using Mentorship.ServiceDefaults.Identity;
using Mentorship.ServiceDefaults.Transitions;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Mentorship.Pairing.Apis;

/// <summary>One pair's life: the mentor's decision, the first meeting, the contract, the action plan and closure.</summary>
public static class PairsApi
{
    private const string AssignRefusal = "A pair's referent is assigned by the programme's coordinators.";

    private static readonly ProgrammeScopedEntity PairScope = new(
        "pair",
        "pairId",
        (http, id, cancellationToken) => http.RequestServices.GetRequiredService<PairingDbContext>().Pairs
            .Where(p => p.Id == id).Select(p => (Guid?)p.ProgrammeId).FirstOrDefaultAsync(cancellationToken));

    public static IEndpointRouteBuilder MapPairsApi(this IEndpointRouteBuilder app)
    {
        var pair = app.MapGroup("/api/pairs/{pairId:guid}").WithTags("Pairs");
        pair.MapGet("", GetPair);
        pair.MapPost("/mentor-decision", DecideAsMentor).WithValidation<MentorDecisionRequest>();
        pair.MapPost("/mentee-decision", DecideAsMentee).WithValidation<MenteeDecisionRequest>();
        pair.MapPost("/first-meeting", RecordFirstMeeting).WithValidation<FirstMeetingRequest>();
        pair.MapPost("/contract/sign", SignContract);
        pair.MapPut("/action-plan", SetActionPlan).WithValidation<ActionPlanRequest>();
        pair.MapPost("/close", ClosePair).WithValidation<ClosePairRequest>();
        pair.MapPut("/referent", AssignReferent)
            .RequireProgrammeStaff(PairScope, AssignRefusal, PlatformRoles.Coordinator)
            .WithValidation<AssignReferentRequest>();
        pair.MapPut("/closing-interview/{side}", RecordClosingInterview).WithValidation<ClosingInterviewRequest>();
        return app;
    }

    public static async Task<Results<Ok<PairView>, ProblemHttpResult>> GetPair(
        Guid pairId,
        CurrentUser user,
        PairingDbContext db,
        CancellationToken cancellationToken)
    {
        var pair = await db.Pairs.AsNoTracking().Include(p => p.Meetings).FirstOrDefaultAsync(p => p.Id == pairId, cancellationToken);
        if (pair is null)
            return ApiProblems.NotFound("pair", pairId);
        var audience = PairAudience.Of(user, pair);
        if (!audience.CanRead)
            return ApiProblems.Forbidden(PairingTexts.All.InUiLanguage("problem.pair.shown-to"));
        return TypedResults.Ok(PairView.From(pair, audience));
    }

    /// <summary>
    /// The mentor's answer. Accepted, the pair is introduced (MentorAccepted shows each side to the other),
    /// or, where the programme's template asks the mentee to confirm, it awaits the mentee's own answer.
    /// </summary>
    public static async Task<Results<Ok<PairView>, ProblemHttpResult>> DecideAsMentor(
        Guid pairId,
        MentorDecisionRequest request,
        CurrentUser user,
        PairingDbContext db,
        TimeProvider clock,
        IOptions<PairingOptions> options,
        CancellationToken cancellationToken)
    {
        // Unknown until the programme's ProgrammeCreated arrived: such a pair then goes on as in other programmes.
        var templateId = await db.Programmes.AsNoTracking()
            .Where(programme => db.Pairs.Any(p => p.Id == pairId && p.ProgrammeId == programme.ProgrammeId))
            .Select(programme => programme.TemplateId)
            .FirstOrDefaultAsync(cancellationToken);
        var menteeConfirms = options.Value.MenteeConfirms(templateId);
        return await ApplyAsync(
            new Change(pairId, user, db, clock, cancellationToken),
            audience => audience.IsMentor,
            "problem.pair.mentor-decides",
            (pair, now) => pair.DecideAsMentor(request.Accept!.Value, InputText.Trimmed(request.Reason), now, menteeConfirms),
            pair =>
            {
                if (pair.AcceptedAt is not null)
                    db.AddEvent(PairingEvents.Accepted(pair), clock);
                else
                    db.AddEvent(PairingEvents.Declined(pair), clock);
            });
    }

    /// <summary>
    /// The mentee's answer where the programme asks for it: accepted, the pair is introduced (MenteeConfirmed
    /// tells the mentor); declined, the mentee goes back to matching through the same MentorDeclined a
    /// mentor's decline sends (marked "mentee").
    /// </summary>
    public static Task<Results<Ok<PairView>, ProblemHttpResult>> DecideAsMentee(
        Guid pairId,
        MenteeDecisionRequest request,
        CurrentUser user,
        PairingDbContext db,
        TimeProvider clock,
        CancellationToken cancellationToken) =>
        ApplyAsync(
            new Change(pairId, user, db, clock, cancellationToken),
            audience => audience.IsMentee,
            "problem.pair.mentee-decides",
            (pair, now) => pair.DecideAsMentee(request.Accept!.Value, InputText.Trimmed(request.Reason), now),
            pair =>
            {
                if (pair.MenteeAcceptedAt is not null)
                    db.AddEvent(PairingEvents.MenteeConfirmed(pair), clock);
                else
                    db.AddEvent(PairingEvents.Declined(pair), clock);
            });

    public static Task<Results<Ok<PairView>, ProblemHttpResult>> RecordFirstMeeting(
        Guid pairId,
        FirstMeetingRequest request,
        CurrentUser user,
        PairingDbContext db,
        TimeProvider clock,
        CancellationToken cancellationToken) =>
        ApplyAsync(
            new Change(pairId, user, db, clock, cancellationToken),
            audience => audience.IsMember || audience.IsCoordinator,
            "problem.pair.first-meeting-recorded-by",
            (pair, now) => pair.RecordFirstMeeting(
                request.HeldOn!.Value, request.Fit!.Value, InputText.Trimmed(request.Notes), user.PersonId, now),
            pair => db.AddEvent(PairingEvents.FirstMeetingHeld(pair), clock));

    public static Task<Results<Ok<PairView>, ProblemHttpResult>> SignContract(
        Guid pairId,
        CurrentUser user,
        PairingDbContext db,
        TimeProvider clock,
        CancellationToken cancellationToken) =>
        ApplyAsync(
            new Change(pairId, user, db, clock, cancellationToken),
            audience => audience.IsMember,
            "Each member signs the pair's contract for themselves.",
            (pair, now) => pair.Sign(user.PersonId, now),
            pair =>
            {
                if (pair.Status == PairStatus.Active)
                    db.AddEvent(PairingEvents.Activated(pair), clock);
            });

    public static Task<Results<Ok<PairView>, ProblemHttpResult>> SetActionPlan(
        Guid pairId,
        ActionPlanRequest request,
        CurrentUser user,
        PairingDbContext db,
        TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var goals = request.Goals!
            .Select(g => new GoalDraft(g.Id, g.Title!.Trim(), InputText.Trimmed(g.Description), g.DueOn, Kebab.Parse<GoalStatus>(g.Status)!.Value))
            .ToList();
        return ApplyAsync(
            new Change(pairId, user, db, clock, cancellationToken),
            audience => audience.IsMember,
            "problem.pair.action-plan-written-by",
            (pair, now) => pair.SetActionPlan(goals, user.PersonId, now),
            announce: null);
    }

    public static Task<Results<Ok<PairView>, ProblemHttpResult>> ClosePair(
        Guid pairId,
        ClosePairRequest request,
        CurrentUser user,
        PairingDbContext db,
        TimeProvider clock,
        CancellationToken cancellationToken) =>
        ApplyAsync(
            new Change(pairId, user, db, clock, cancellationToken),
            audience => audience.IsMember || audience.IsCoordinator,
            "problem.pair.closed-by",
            (pair, now) => pair.Close(Kebab.Parse<PairOutcome>(request.Outcome)!.Value, InputText.Trimmed(request.Notes), user.PersonId, now),
            pair => db.AddEvent(PairingEvents.Closed(pair), clock));

    /// <summary>The coordinator makes a referent on the programme's roster the pair's supervisor; audited and announced.</summary>
    public static async Task<Results<Ok<PairView>, ProblemHttpResult>> AssignReferent(
        Guid pairId,
        AssignReferentRequest request,
        CurrentUser user,
        PairingDbContext db,
        TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var referentId = request.PersonId!.Value;
        // Read before the pair: whether the person may supervise it depends only on the pair's programme.
        var rosters = await db.Referents.AsNoTracking().Where(r => r.PersonId == referentId).Select(r => r.ProgrammeId).ToListAsync(cancellationToken);
        Guid? previous = null;
        return await ApplyAsync(
            new Change(pairId, user, db, clock, cancellationToken),
            mayAsk: null,
            forbiddenKey: null,
            (pair, now) =>
            {
                previous = pair.ReferentId;
                return pair.AssignReferent(referentId, rosters.Contains(pair.ProgrammeId), now);
            },
            pair =>
            {
                db.ReferentAssignments.Add(ReferentAssignment.Of(pair, previous, user.PersonId));
                db.AddEvent(PairingEvents.ReferentAssigned(pair, previous), clock);
            });
    }

    /// <summary>One side's closing interview, by the programme's coordinators or the pair's referent; shown to staff only.</summary>
    public static Task<Results<Ok<PairView>, ProblemHttpResult>> RecordClosingInterview(
        Guid pairId,
        string side,
        ClosingInterviewRequest request,
        CurrentUser user,
        PairingDbContext db,
        TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var member = Kebab.Parse<PairMember>(side)
            ?? throw new RequestValidationException("side", $"side must be one of: {string.Join(", ", Kebab.Names<PairMember>())}.");
        return ApplyAsync(
            new Change(pairId, user, db, clock, cancellationToken),
            audience => audience.FollowsUp,
            "A closing interview is recorded by the programme's coordinators or the pair's referent.",
            (pair, now) => pair.RecordClosingInterview(new ClosingInterview(
                member,
                request.HeldOn!.Value,
                request.Satisfaction!.Value,
                Kebab.Parse<GoalsReached>(request.GoalsReached)!.Value,
                InputText.Trimmed(request.WhatWorked),
                InputText.Trimmed(request.WhatToImprove),
                request.WouldRecommend!.Value,
                user.PersonId,
                now)),
            announce: null);
    }

    /// <summary>The pair with its meetings, which every view lists.</summary>
    public static Task<Pair?> LoadAsync(PairingDbContext db, Guid pairId, CancellationToken cancellationToken) =>
        db.Pairs.Include(p => p.Meetings).FirstOrDefaultAsync(p => p.Id == pairId, cancellationToken);

    /// <summary>
    /// Loads the pair, checks the caller may ask for the transition, applies it and stores it with its event
    /// in one commit; a repeat that changes nothing stores and announces nothing. No mayAsk: the route's
    /// programme staff filter has decided already.
    /// </summary>
    private static Task<Results<Ok<PairView>, ProblemHttpResult>> ApplyAsync(
        Change change,
        Func<PairAudience, bool>? mayAsk,
        string? forbiddenKey,
        Func<Pair, DateTimeOffset, TransitionResult> transition,
        Action<Pair>? announce) =>
        ConcurrentChanges.RetryAsync(change.Db, async Task<Results<Ok<PairView>, ProblemHttpResult>> () =>
        {
            var pair = await LoadAsync(change.Db, change.PairId, change.CancellationToken);
            if (pair is null)
                return ApiProblems.NotFound("pair", change.PairId);
            var audience = PairAudience.Of(change.User, pair);
            if (mayAsk is not null && !mayAsk(audience))
                return ApiProblems.Forbidden(PairingTexts.All.InUiLanguage(forbiddenKey!));

            var result = transition(pair, Moments.Now(change.Clock));
            if (result.Refused)
                return PairProblems.Refused(result, pair);
            if (result.Changed)
            {
                announce?.Invoke(pair);
                await change.Db.SaveChangesAsync(change.CancellationToken);
            }

            return TypedResults.Ok(PairView.From(pair, audience));
        });

    /// <summary>What every change of a pair needs: which pair, who asks, and the request's services.</summary>
    private sealed record Change(Guid PairId, CurrentUser User, PairingDbContext Db, TimeProvider Clock, CancellationToken CancellationToken);
}
