using Mentorship.Messaging.Apis.Models;
using Mentorship.Messaging.Data;
using Mentorship.Messaging.Domain.Mail;
using Mentorship.Messaging.Resources;
using Mentorship.ServiceDefaults.Backend.Data;
using Mentorship.ServiceDefaults.Http;
using Mentorship.ServiceDefaults.Identity;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Messaging.Apis;

/// <summary>The outgoing mail queue for the platform's operators: what waits, what failed and why, and sending again.</summary>
public static class OpsMailsApi
{
    private const string Refusal = "The mail queue is shown to the platform's operators only.";

    public static IEndpointRouteBuilder MapOpsMailsApi(this IEndpointRouteBuilder app)
    {
        var mails = app.MapGroup("/api/ops/mails").WithTags("Mail").RequireRole(Refusal, PlatformRoles.Ops);
        mails.MapGet("", ListMails);
        mails.MapPost("/{mailId:guid}/retry", RetryMail);
        return app;
    }

    public static async Task<Ok<PagedResult<OpsMailView>>> ListMails(
        [FromQuery] string? status,
        [AsParameters] PageQuery page,
        MessagingDbContext db,
        CancellationToken cancellationToken)
    {
        var query = db.OutgoingMails.AsNoTracking();
        if (QueryEnum.Parse<MailStatus>(status, "status") is { } wanted)
            query = query.Where(m => m.Status == wanted);
        var result = await query.OrderByDescending(m => m.CreatedAt).ThenByDescending(m => m.Id).ToPageAsync(page, cancellationToken);
        return TypedResults.Ok(new PagedResult<OpsMailView>(result.Items.Select(OpsMailView.From).ToList(), result.Page, result.PageSize, result.Total));
    }

    /// <summary>Queues a failed or address-less mail again with a fresh count of attempts; a sent one is not sent twice.</summary>
    public static async Task<Results<Ok<OpsMailView>, ProblemHttpResult>> RetryMail(
        Guid mailId,
        MessagingDbContext db,
        TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var mail = await db.OutgoingMails.FirstOrDefaultAsync(m => m.Id == mailId, cancellationToken);
        if (mail is null)
            return ApiProblems.NotFound("mail", mailId);
        if (mail.Status is MailStatus.Sent or MailStatus.DigestPending or MailStatus.Digested)
            return ApiProblems.Conflict(MessagingTexts.All.InUiLanguage("problem.mail.send-again-failed-only", QueryEnum.Name(mail.Status)));
        if (mail.Requeue(clock.GetUtcNow()))
            await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(OpsMailView.From(mail));
    }
}
