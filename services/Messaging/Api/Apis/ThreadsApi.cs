using Mentorship.Messaging.Apis.Models;
using Mentorship.Messaging.Caching;
using Mentorship.Messaging.Data;
using Mentorship.Messaging.Domain;
using Mentorship.Messaging.Domain.Threads;
using Mentorship.Messaging.Hubs;
using Mentorship.Messaging.Resources;
using Mentorship.ServiceDefaults.Backend.Data;
using Mentorship.ServiceDefaults.Backend.Outbox;
using Mentorship.ServiceDefaults.Http;
using Mentorship.ServiceDefaults.Identity;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Messaging.Apis;

public static class ThreadsApi
{
    public static IEndpointRouteBuilder MapThreadsApi(this IEndpointRouteBuilder app)
    {
        var pair = app.MapGroup("/api/pairs/{pairId:guid}").WithTags("Pair threads");
        pair.MapGet("/messages", ListMessages);
        pair.MapPost("/messages", PostMessage).WithValidation<PostMessageRequest>();
        pair.MapGet("/thread", GetThread);
        pair.MapPost("/thread/invitations", InviteToThread).WithValidation<InvitationRequest>();
        return app;
    }

    /// <summary>The thread, newest first. Reading it marks it read for the caller.</summary>
    public static async Task<Results<Ok<MessagePage>, ProblemHttpResult>> ListMessages(
        Guid pairId,
        [AsParameters] PageQuery page,
        CurrentUser user,
        MessagingDbContext db,
        UnreadCounters unread,
        CancellationToken cancellationToken)
    {
        var thread = await db.Threads.AsNoTracking().FirstOrDefaultAsync(t => t.PairId == pairId, cancellationToken);
        if (thread is null)
            return ApiProblems.NotFound("pair thread", pairId);
        if (ThreadAccess.RefusalFor(thread, user) is { } refusal)
            return ApiProblems.Forbidden(refusal);

        var messages = db.Messages.AsNoTracking().Where(m => m.PairId == pairId);
        var result = await messages
            .OrderByDescending(m => m.Sequence)
            .Select(m => new MessageView(m.Id, m.PairId, m.SenderId, m.Text, m.PostedAt))
            .ToPageAsync(page, cancellationToken);

        var newest = await messages.MaxAsync(m => (long?)m.Sequence, cancellationToken) ?? 0;
        await db.ThreadMembers
            .Where(m => m.PairId == pairId && m.PersonId == user.PersonId && m.LastReadSequence < newest)
            .ExecuteUpdateAsync(set => set.SetProperty(m => m.LastReadSequence, newest), cancellationToken);
        await unread.ResetAsync(user.PersonId, pairId);

        return TypedResults.Ok(new MessagePage(result.Items, result.Page, result.PageSize, result.Total, thread.ReadOnly));
    }

    public static async Task<Results<Created<MessageView>, ProblemHttpResult>> PostMessage(
        Guid pairId,
        PostMessageRequest request,
        CurrentUser user,
        MessagingDbContext db,
        UnreadCounters unread,
        RealtimeDelivery realtime,
        TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var thread = await db.Threads.AsNoTracking().FirstOrDefaultAsync(t => t.PairId == pairId, cancellationToken);
        if (thread is null)
            return ApiProblems.NotFound("pair thread", pairId);
        if (ThreadAccess.RefusalFor(thread, user) is { } refusal)
            return ApiProblems.Forbidden(refusal);
        if (thread.CanPost() is { Refused: true } closed)
            return closed.ToProblem();

        var message = ThreadMessage.Post(pairId, user.PersonId, request.Text!, clock.GetUtcNow());
        db.Messages.Add(message);
        // Monitoring counts contact between the pair; an invited referent writing is not that.
        if (thread.IsPairMember(user.PersonId))
            db.AddEvent(MessagingEvents.Posted(message), clock);
        await db.SaveChangesAsync(cancellationToken);

        var view = new MessageView(message.Id, message.PairId, message.SenderId, message.Text, message.PostedAt);
        await unread.IncrementAsync(thread.ReadersOtherThan(user.PersonId), pairId);
        await realtime.MessageAsync(view);
        return TypedResults.Created($"/api/pairs/{pairId}/messages", view);
    }

    public static async Task<Results<Ok<ThreadView>, ProblemHttpResult>> GetThread(
        Guid pairId,
        CurrentUser user,
        MessagingDbContext db,
        CancellationToken cancellationToken)
    {
        var thread = await db.Threads.AsNoTracking().FirstOrDefaultAsync(t => t.PairId == pairId, cancellationToken);
        if (thread is null)
            return ApiProblems.NotFound("pair thread", pairId);
        if (ThreadAccess.RefusalFor(thread, user) is { } refusal)
            return ApiProblems.Forbidden(refusal);
        return TypedResults.Ok(ThreadView.From(thread));
    }

    /// <summary>
    /// A pair member invites a referent of the programme (one on its roster, as Pairing announced it). Who
    /// invited whom is kept; the invited person reads and writes the thread while their token makes them a
    /// referent of the programme.
    /// </summary>
    public static async Task<Results<Created<ThreadView>, Ok<ThreadView>, ValidationProblem, ProblemHttpResult>> InviteToThread(
        Guid pairId,
        InvitationRequest request,
        CurrentUser user,
        MessagingDbContext db,
        TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var thread = await db.Threads.FirstOrDefaultAsync(t => t.PairId == pairId, cancellationToken);
        if (thread is null)
            return ApiProblems.NotFound("pair thread", pairId);
        if (!thread.IsPairMember(user.PersonId))
            return ApiProblems.Forbidden(MessagingTexts.All.InUiLanguage("problem.thread.invited-by-members"));
        var personId = request.PersonId!.Value;
        if (!thread.IsPairMember(personId)
            && !await db.ProgrammeReferents.AnyAsync(r => r.ProgrammeId == thread.ProgrammeId && r.PersonId == personId, cancellationToken))
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["personId"] = [MessagingTexts.All.InUiLanguage("problem.thread.invite-referent-only")],
            });

        var newest = await db.Messages.Where(m => m.PairId == pairId).MaxAsync(m => (long?)m.Sequence, cancellationToken) ?? 0;
        var result = thread.Invite(personId, user.PersonId, newest, clock.GetUtcNow());
        if (result.Refused)
            return result.ToProblem();
        if (!result.Changed)
            return TypedResults.Ok(ThreadView.From(thread));

        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/pairs/{pairId}/thread", ThreadView.From(thread));
    }
}
