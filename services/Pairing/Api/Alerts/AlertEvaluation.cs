using System.Diagnostics;
using Mentorship.Pairing.Contracts;
using Mentorship.Pairing.Data;
using Mentorship.Pairing.Domain;
using Mentorship.ServiceDefaults.Backend.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Mentorship.Pairing.Alerts;

/// <summary>
/// Compares the conditions that hold now with the unclosed alerts and brings the alerts in line: raises
/// the new ones, closes those whose condition cleared (or whose pair closed), escalates those left open
/// too long. Runs inside the caller's transaction; its events go out through the outbox with that commit,
/// so evaluating again at the same moment changes and announces nothing.
/// </summary>
public sealed class AlertEvaluation(PairingDbContext db, IOptions<AlertsOptions> options, TimeProvider clock)
{
    private readonly AlertsOptions _options = options.Value;
    private readonly List<OutboxMessage> _events = [];

    public async Task<AlertRun> EvaluateAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        var holding = (await AlertConditions.HoldingAsync(connection, _options, now, cancellationToken))
            .GroupBy(c => (c.PairId, c.Kind))
            .ToDictionary(g => g.Key, g => (IReadOnlyList<AlertCondition>)g.ToList());
        var unclosed = await AlertStatements.UnclosedAsync(connection, cancellationToken);
        var alerted = unclosed.Select(a => (a.PairId, a.Kind)).ToHashSet();

        var raised = await RaiseAsync(connection, holding.Where(c => !alerted.Contains(c.Key)).Select(c => c.Value), now, cancellationToken);
        var closed = await CloseAsync(connection, unclosed.Where(a => !holding.ContainsKey((a.PairId, a.Kind))).ToList(), now, cancellationToken);
        var escalated = await EscalateAsync(connection, unclosed.Where(a => holding.ContainsKey((a.PairId, a.Kind))).ToList(), now, cancellationToken);
        await AlertOutbox.StoreAsync(connection, _events, cancellationToken);
        return new AlertRun(raised, escalated, closed, _events.Count, Stopwatch.GetElapsedTime(started));
    }

    private async Task<int> RaiseAsync(
        NpgsqlConnection connection, IEnumerable<IReadOnlyList<AlertCondition>> due, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var alerts = due
            .Select(conditions => new NewAlert(
                Guid.CreateVersion7(now), conditions[0].PairId, conditions[0].ProgrammeId, conditions[0].Kind, AlertRecipients.Due(conditions)))
            .ToList();
        if (alerts.Count == 0)
            return 0;
        var inserted = (await AlertStatements.RaiseAsync(connection, alerts, now, cancellationToken)).ToHashSet();
        foreach (var alert in alerts.Where(a => inserted.Contains(a.Id)))
            Announce(new PairAlertRaised(alert.Id, alert.PairId, alert.ProgrammeId, alert.Kind, 1, alert.Recipients, now));
        return inserted.Count;
    }

    /// <summary>
    /// An acknowledged alert was announced closed when it was acknowledged: it is closed now without a
    /// second announcement, so every alert is announced closed exactly once.
    /// </summary>
    private async Task<int> CloseAsync(NpgsqlConnection connection, List<UnclosedAlert> cleared, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var count = 0;
        foreach (var byReason in cleared.GroupBy(CloseReason))
        {
            var ids = byReason.Select(a => a.Id).ToList();
            var announced = (await AlertStatements.CloseAsync(connection, ids, AlertState.Open, byReason.Key, now, cancellationToken)).ToHashSet();
            var quiet = await AlertStatements.CloseAsync(connection, ids, AlertState.Acknowledged, byReason.Key, now, cancellationToken);
            foreach (var alert in byReason.Where(a => announced.Contains(a.Id)))
                Announce(new PairAlertClosed(alert.Id, alert.PairId, alert.ProgrammeId, alert.Kind, byReason.Key, now));
            count += announced.Count + quiet.Count;
        }

        return count;
    }

    private async Task<int> EscalateAsync(NpgsqlConnection connection, List<UnclosedAlert> holding, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var ignored = holding
            .Where(a => a.State == AlertState.Open && a.Level < _options.MaxLevel && a.LastRaisedAt <= now - _options.EscalateAfter)
            .ToList();
        if (ignored.Count == 0)
            return 0;
        var escalated = (await AlertStatements.EscalateAsync(connection, ignored.Select(a => a.Id).ToList(), _options.MaxLevel, now, cancellationToken)).ToHashSet();
        foreach (var alert in ignored.Where(a => escalated.Contains(a.Id)))
        {
            Announce(new PairAlertRaised(
                alert.Id, alert.PairId, alert.ProgrammeId, alert.Kind, alert.Level + 1, AlertRecipients.Escalated(alert.ReferentId), now));
        }

        return escalated.Count;
    }

    private void Announce<TEvent>(TEvent @event)
        where TEvent : class =>
        _events.Add(OutboxDbContextExtensions.NewOutboxMessage(@event, clock: clock));

    // Survey reminders outlive the pair: closure surveys are assigned once it closed.
    private static string CloseReason(UnclosedAlert alert) =>
        alert.PairClosed && alert.Kind != AlertKinds.SurveyPending ? AlertCloseReasons.PairClosed : AlertCloseReasons.Resolved;
}
