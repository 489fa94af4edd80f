using Mentorship.Messaging.Apis.Models;
using Mentorship.Messaging.Data;
using Mentorship.Messaging.Domain;
using Mentorship.Messaging.Domain.Concerns;
using Mentorship.Messaging.Resources;
using Mentorship.ServiceDefaults.Http;
using Mentorship.ServiceDefaults.Identity;
using Mentorship.ServiceDefaults.Transitions;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Messaging.Apis;

/// <summary>
/// A concern's steps: its handlers acknowledge it, put it in progress and resolve it; they or the person
/// who raised it escalate it to the next tier of contacts. Each step is audited with an optional note and
/// told to the right people in the same commit; a refused step answers 409 naming the rule.
/// </summary>
public static class ConcernStepsApi
{
    private static string HandlersOnly => MessagingTexts.All.InUiLanguage("problem.concern.handlers-only");

    private static string HandlersOrRaiser => MessagingTexts.All.InUiLanguage("problem.concern.escalated-by");

    public static IEndpointRouteBuilder MapConcernStepsApi(this IEndpointRouteBuilder app)
    {
        var concern = app.MapGroup("/api/concerns/{concernId:guid}").WithTags("Concerns");
        concern.MapPost("/acknowledge", Acknowledge);
        concern.MapPost("/start", Start);
        concern.MapPost("/resolve", Resolve);
        concern.MapPost("/escalate", Escalate);
        return app;
    }

    public static Task<Results<Ok<ConcernView>, ValidationProblem, ProblemHttpResult>> Acknowledge(
        Guid concernId, [FromBody] ConcernStepRequest? request, CurrentUser user, MessagingDbContext db, TimeProvider clock, CancellationToken cancellationToken) =>
        StepAsync(new Ask(concernId, request?.Note, user, db, clock, cancellationToken), HandlersOnly, byRaiser: false,
            (concern, _, now) => concern.Acknowledge(user.PersonId, now));

    public static Task<Results<Ok<ConcernView>, ValidationProblem, ProblemHttpResult>> Start(
        Guid concernId, [FromBody] ConcernStepRequest? request, CurrentUser user, MessagingDbContext db, TimeProvider clock, CancellationToken cancellationToken) =>
        StepAsync(new Ask(concernId, request?.Note, user, db, clock, cancellationToken), HandlersOnly, byRaiser: false,
            (concern, _, _) => concern.Start());

    public static Task<Results<Ok<ConcernView>, ValidationProblem, ProblemHttpResult>> Resolve(
        Guid concernId, [FromBody] ConcernStepRequest? request, CurrentUser user, MessagingDbContext db, TimeProvider clock, CancellationToken cancellationToken) =>
        StepAsync(new Ask(concernId, request?.Note, user, db, clock, cancellationToken), HandlersOnly, byRaiser: false,
            (concern, _, now) => concern.Resolve(now));

    public static Task<Results<Ok<ConcernView>, ValidationProblem, ProblemHttpResult>> Escalate(
        Guid concernId, [FromBody] ConcernStepRequest? request, CurrentUser user, MessagingDbContext db, TimeProvider clock, CancellationToken cancellationToken) =>
        StepAsync(new Ask(concernId, request?.Note, user, db, clock, cancellationToken), HandlersOrRaiser, byRaiser: true,
            (concern, policy, now) => concern.Escalate(policy, now));

    /// <summary>Load, check access, transition, announce, save: one commit, or a 409 when another step won meanwhile.</summary>
    private static async Task<Results<Ok<ConcernView>, ValidationProblem, ProblemHttpResult>> StepAsync(
        Ask ask, string forbidden, bool byRaiser, Func<Concern, EscalationPolicy?, DateTimeOffset, TransitionResult> transition)
    {
        var (concernId, note, user, db, clock, cancellationToken) = ask;
        if (note?.Length > ConcernStep.MaxNoteLength)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["note"] = [$"note must be at most {ConcernStep.MaxNoteLength} characters."],
            });

        var concern = await db.Concerns.FirstOrDefaultAsync(c => c.Id == concernId, cancellationToken);
        if (concern is null)
            return ApiProblems.NotFound("concern", concernId);
        if (!ConcernRecipient.Handles(user, concern) && !(byRaiser && concern.RaisedBy == user.PersonId))
            return ApiProblems.Forbidden(concern.RaisedBy == user.PersonId || ConcernRecipient.Handles(user, concern) ? forbidden : ConcernsApi.Confidential);

        var policy = await ConcernsApi.PolicyAsync(db, concern.ProgrammeId, concern.Lab, cancellationToken);
        var from = concern.Status;
        var handlersBefore = concern.ContactIds.ToList();
        var now = clock.GetUtcNow();
        var result = transition(concern, policy, now);
        if (result.Refused)
            return result.ToProblem(new Dictionary<string, object?> { ["currentStatus"] = QueryEnum.Name(concern.Status) });
        if (!result.Changed)
            return TypedResults.Ok(ConcernView.From(concern));

        var step = ConcernStep.Of(concern, from, user.PersonId, string.IsNullOrWhiteSpace(note) ? null : note.Trim(), now);
        db.ConcernSteps.Add(step);
        await db.AnnounceAsync(concern, step, concern.ContactIds.Except(handlersBefore).ToList(), clock, cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return ApiProblems.Conflict(
                MessagingTexts.All.InUiLanguage("problem.concern.changed-meanwhile"),
                extensions: new Dictionary<string, object?> { ["rule"] = "one-step-at-a-time" });
        }

        return TypedResults.Ok(ConcernView.From(concern));
    }

    /// <summary>What every step needs: which concern, the note, who asks, and the request's services.</summary>
    private sealed record Ask(Guid ConcernId, string? Note, CurrentUser User, MessagingDbContext Db, TimeProvider Clock, CancellationToken CancellationToken);
}
