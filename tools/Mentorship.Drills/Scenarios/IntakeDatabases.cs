using System.Text.Json;
using MassTransit.Serialization;
using Mentorship.Drills.Platform;
using Mentorship.Enrollment.Contracts;
using Mentorship.Enrollment.Data;
using Mentorship.Load.Running;
using Mentorship.Matching.Data;
using Mentorship.ServiceDefaults.Backend.Outbox;
using Mentorship.ServiceDefaults.Hosting;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Drills.Scenarios;

/// <summary>
/// Enrollment's and Matching's databases, as the intake left them: every acknowledged application stored
/// once, every acknowledged approval announced by one ApplicationApproved, dispatched, applied once by
/// Matching and in its pool.
/// </summary>
public sealed class IntakeDatabases(ServiceDatabase<EnrollmentDbContext> enrollment, ServiceDatabase<MatchingDbContext> matching)
{
    private const string ApplicationApprovedQueue = "application-approved";
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(250);
    private static readonly string ApprovedType = MessageTypeNames.Of(typeof(ApplicationApproved));

    public static async Task<IntakeDatabases> OpenAsync(DrillPlatform platform) => new(
        await platform.DatabaseAsync<EnrollmentDbContext>(ResourceNames.EnrollmentDb, options => new EnrollmentDbContext(options)),
        await platform.DatabaseAsync<MatchingDbContext>(ResourceNames.MatchingDb, options => new MatchingDbContext(options)));

    /// <summary>
    /// Waits until every acknowledged approval is in Matching's pool and Enrollment's outbox holds nothing of
    /// the programme to dispatch; returns both moments on the traffic's clock (null: not within the patience).
    /// </summary>
    public async Task<(TimeSpan? InPool, TimeSpan? Dispatched)> WaitForEventsAsync(IntakeTraffic traffic, TimeSpan patience, CancellationToken cancellationToken)
    {
        var approved = traffic.Approved.ToHashSet();
        var until = traffic.Calls.Now + patience;
        TimeSpan? inPool = null, dispatched = null;
        while ((inPool is null || dispatched is null) && traffic.Calls.Now < until)
        {
            if (inPool is null && (await PoolAsync(traffic.ProgrammeId)).IsSupersetOf(approved))
                inPool = traffic.Calls.Now;
            if (dispatched is null && await PendingEventsAsync(traffic.ProgrammeId) == 0)
                dispatched = traffic.Calls.Now;
            await Task.Delay(PollInterval, cancellationToken);
        }

        return (inPool, dispatched);
    }

    public async Task<IReadOnlyList<DrillCount>> CountAsync(IntakeTraffic traffic)
    {
        var programmeId = traffic.ProgrammeId;
        var applications = await enrollment.QueryAsync(db => db.Applications.Where(a => a.ProgrammeId == programmeId).Select(a => a.Id).ToListAsync());
        var events = await ApprovalEventsAsync(programmeId);
        var eventIds = events.Select(e => e.MessageId).ToList();
        var (applied, appliedOnce) = await matching.QueryAsync(async db =>
        {
            var records = db.Set<InboxMessage>().Where(m => eventIds.Contains(m.MessageId) && m.Consumer.EndsWith(ApplicationApprovedQueue));
            return (await records.CountAsync(), await records.Select(m => m.MessageId).Distinct().CountAsync());
        });
        var dispatched = events.Count(e => e.Dispatched);
        return
        [
            DrillCount.Of("applications acknowledged (201), stored in Enrollment", Reconciliation.Of([.. traffic.Submitted], applications)),
            DrillCount.Of("approvals acknowledged (200), each one ApplicationApproved", Reconciliation.Of([.. traffic.Approved], [.. events.Select(e => e.ApplicationId)])),
            DrillCount.Of("ApplicationApproved dispatched by Enrollment's outbox", events.Count, dispatched, dispatched),
            DrillCount.Of("ApplicationApproved applied by Matching (inbox)", events.Count, applied, appliedOnce),
            DrillCount.Of("approvals acknowledged (200), in Matching's pool", Reconciliation.Of([.. traffic.Approved], await PoolAsync(programmeId))),
        ];
    }

    /// <summary>
    /// When the first ApplicationApproved stored between the two moments (the outage) was dispatched; null
    /// when none was stored then or none dispatched. The drain time counts the whole backlog and the load
    /// that went on; this counts only the wait for the first one to go out.
    /// </summary>
    public Task<DateTimeOffset?> FirstDispatchedAsync(DateTimeOffset storedFrom, DateTimeOffset storedUntil) =>
        enrollment.QueryAsync(db => db.Set<OutboxMessage>()
            .Where(m => m.MessageType == ApprovedType && m.CreatedAt >= storedFrom && m.CreatedAt < storedUntil)
            .MinAsync(m => m.DispatchedAt));

    private Task<HashSet<Guid>> PoolAsync(Guid programmeId) =>
        matching.QueryAsync(async db => (await db.Participants.Where(p => p.ProgrammeId == programmeId).Select(p => p.ApplicationId).ToListAsync()).ToHashSet());

    /// <summary>The programme's events still in Enrollment's outbox (their body names the programme).</summary>
    private Task<int> PendingEventsAsync(Guid programmeId) =>
        enrollment.QueryAsync(async db => (await db.Set<OutboxMessage>().Where(m => m.DispatchedAt == null).Select(m => m.Body).ToListAsync())
            .Count(body => body.Contains(programmeId.ToString(), StringComparison.Ordinal)));

    private Task<List<(Guid MessageId, Guid ApplicationId, bool Dispatched)>> ApprovalEventsAsync(Guid programmeId) =>
        enrollment.QueryAsync(async db => (await db.Set<OutboxMessage>().Where(m => m.MessageType == ApprovedType)
                .Select(m => new { m.MessageId, m.Body, m.DispatchedAt }).ToListAsync())
            .Select(row => (row.MessageId, Event: JsonSerializer.Deserialize<ApplicationApproved>(row.Body, SystemTextJsonMessageSerializer.Options)!, Dispatched: row.DispatchedAt is not null))
            .Where(row => row.Event.ProgrammeId == programmeId)
            .Select(row => (row.MessageId, row.Event.ApplicationId, row.Dispatched))
            .ToList());
}
