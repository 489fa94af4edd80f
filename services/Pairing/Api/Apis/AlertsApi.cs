using Mentorship.Pairing.Apis.Models;
using Mentorship.Pairing.Contracts;
using Mentorship.Pairing.Data;
using Mentorship.Pairing.Domain;
using Mentorship.Pairing.Resources;
using Mentorship.ServiceDefaults.Backend.Data;
using Mentorship.ServiceDefaults.Backend.Outbox;
using Mentorship.ServiceDefaults.Http;
using Mentorship.ServiceDefaults.Identity;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Pairing.Apis;

/// <summary>
/// The alerts the scheduler raised on a programme's pairs, for its coordinators and referents, who
/// acknowledge one to take it in hand: it is then no longer escalated, and stays listed until its
/// condition clears. A referent sees and acknowledges the alerts of the pairs they supervise only.
/// </summary>
public static class AlertsApi
{
    private static readonly string[] Staff = [PlatformRoles.Coordinator, PlatformRoles.Referent];

    public static IEndpointRouteBuilder MapAlertsApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/programmes/{programmeId:guid}/alerts").WithTags("Alerts").MapGet("", ListAlerts)
            .RequireProgrammeStaff("A programme's alerts are shown to its coordinators and referents.", Staff);
        app.MapGroup("/api/pairs/{pairId:guid}/alerts").WithTags("Alerts").MapPost("/{alertId:guid}/acknowledge", Acknowledge);
        return app;
    }

    /// <summary>Newest first, optionally of one state and one kind, with the total.</summary>
    public static async Task<Results<Ok<PagedResult<PairAlertView>>, ProblemHttpResult>> ListAlerts(
        Guid programmeId,
        [FromQuery] string? state,
        [FromQuery] string? kind,
        [AsParameters] PageQuery page,
        CurrentUser user,
        PairingDbContext db,
        CancellationToken cancellationToken)
    {
        var stateFilter = QueryEnum.Parse<AlertState>(state, "state");
        var kindFilter = Kind(kind);
        var alerts = db.Alerts.AsNoTracking().Where(a => a.ProgrammeId == programmeId);
        if (!user.IsStaffOf(programmeId, PlatformRoles.Coordinator))
            alerts = alerts.Where(a => db.Pairs.Any(p => p.Id == a.PairId && p.ReferentId == user.PersonId));
        if (stateFilter is { } onlyState)
            alerts = alerts.Where(a => a.State == onlyState);
        if (kindFilter is not null)
            alerts = alerts.Where(a => a.Kind == kindFilter);

        var onePage = await alerts.OrderByDescending(a => a.RaisedAt).ThenBy(a => a.Id).ToPageAsync(page, cancellationToken);
        return TypedResults.Ok(new PagedResult<PairAlertView>(
            onePage.Items.Select(PairAlertView.From).ToList(), onePage.Page, onePage.PageSize, onePage.Total));
    }

    /// <summary>
    /// Acknowledging stops the escalation and announces the alert closed for its recipients ("acknowledged");
    /// acknowledging again answers the same alert unchanged; a closed alert is a conflict.
    /// </summary>
    public static Task<Results<Ok<PairAlertView>, ProblemHttpResult>> Acknowledge(
        Guid pairId,
        Guid alertId,
        CurrentUser user,
        PairingDbContext db,
        TimeProvider clock,
        CancellationToken cancellationToken) =>
        ConcurrentChanges.RetryAsync(db, async Task<Results<Ok<PairAlertView>, ProblemHttpResult>> () =>
        {
            var alert = await db.Alerts.FirstOrDefaultAsync(a => a.Id == alertId && a.PairId == pairId, cancellationToken);
            if (alert is null)
                return ApiProblems.NotFound("alert", alertId);
            // Not the programme filter: the pair's own referent is admitted too, which no programme role says.
            if (!user.IsStaffOf(alert.ProgrammeId, PlatformRoles.Coordinator) && !await SupervisesAsync(db, user, alert, cancellationToken))
                return ApiProblems.Forbidden(PairingTexts.All.InUiLanguage("problem.alert.acknowledged-by"));

            var now = Moments.Now(clock);
            var result = alert.Acknowledge(user.PersonId, now);
            if (result.Refused)
                return result.ToProblem(new Dictionary<string, object?> { ["currentState"] = Kebab.Name(alert.State) });
            if (result.Changed)
            {
                db.AddEvent(new PairAlertClosed(alert.Id, alert.PairId, alert.ProgrammeId, alert.Kind, AlertCloseReasons.Acknowledged, now), clock);
                await db.SaveChangesAsync(cancellationToken);
            }

            return TypedResults.Ok(PairAlertView.From(alert));
        });

    private static async Task<bool> SupervisesAsync(PairingDbContext db, CurrentUser user, PairAlert alert, CancellationToken cancellationToken) =>
        user.Holds(PlatformRoles.Referent, alert.ProgrammeId)
        && await db.Pairs.AnyAsync(p => p.Id == alert.PairId && p.ReferentId == user.PersonId, cancellationToken);

    private static string? Kind(string? kind)
    {
        if (string.IsNullOrWhiteSpace(kind))
            return null;
        return AlertKinds.All.FirstOrDefault(k => string.Equals(k, kind, StringComparison.OrdinalIgnoreCase))
            ?? throw new RequestValidationException("kind", $"'{kind}' is not one of: {string.Join(", ", AlertKinds.All)}.");
    }
}
