using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using Mentorship.Enrollment.Contracts;
using Mentorship.Matching.Data;
using Mentorship.ServiceDefaults.Backend.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Mentorship.Matching.PublicationBench;

/// <summary>
/// The path of an approval's event: an ApplicationApproved committed in an outbox, dispatched, through the
/// broker to Matching's own consumer, until the participant is in the pool. One at a time there is no
/// queue, so the figures are the path's own delays (wake-ups, timers, round trips); at a given rate (one
/// commit per event, as approvals arrive) they add what queues. The stages come from the rows' own times:
/// confirmed by the broker (the outbox row) and claimed by the consumer (its inbox record), against the
/// moment the bench saw its commit return.
/// </summary>
public static class EventLatency
{
    private const int WarmUp = 20;

    /// <param name="perSecond">0: one event at a time, each awaited in the pool before the next.</param>
    public static async Task<string> MeasureAsync(BenchServices services, int events, double perSecond)
    {
        var queue = services.ApplicationApprovedQueue();
        var programmeId = Guid.NewGuid();
        for (var i = 0; i < WarmUp; i++)
            await WaitInPoolAsync(services, await StoreAsync(services, queue, programmeId));

        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var committed = new ConcurrentDictionary<Guid, DateTimeOffset>();
        var inPool = new List<double>();
        var clock = Stopwatch.StartNew();
        var storing = new List<Task>();
        for (var i = 0; i < events; i++)
        {
            if (perSecond <= 0)
            {
                var stored = await StoreAsync(services, queue, programmeId);
                committed[stored.MessageId] = stored.CommittedAt;
                inPool.Add((await WaitInPoolAsync(services, stored)).TotalMilliseconds);
                continue;
            }

            var due = TimeSpan.FromSeconds(i / perSecond) - clock.Elapsed;
            if (due > TimeSpan.Zero)
                await Task.Delay(due);
            storing.Add(Task.Run(async () =>
            {
                var stored = await StoreAsync(services, queue, programmeId);
                committed[stored.MessageId] = stored.CommittedAt;
            }));
        }

        await Task.WhenAll(storing);
        // Paced, the pool is not polled per event (hundreds of pollers would be the load): the inbox's claim times say when.
        while (await services.Matching.QueryAsync<MatchingDbContext, int>(db => db.Participants.CountAsync(p => p.ProgrammeId == programmeId)) < WarmUp + events)
            await Task.Delay(50);
        // The whole process: the three services, their dispatchers and consumers (one at a time, mostly the bench's polls).
        var cpuPerEvent = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds / events;
        var (dispatched, claimed) = await StagesAsync(services, committed);
        var pace = perSecond <= 0 ? "one at a time" : string.Create(CultureInfo.InvariantCulture, $"{perSecond:0} a second, one commit each");
        return string.Create(CultureInfo.InvariantCulture, $"""
            | {events} events, {pace} | p50 | p95 | max |
            |---|---:|---:|---:|
            | commit → outbox row confirmed by the broker | {Row(dispatched)} |
            | commit → claimed by Matching's consumer | {Row(claimed)} |
            {(inPool.Count > 0 ? $"| commit → participant in Matching's pool (polled every ms) | {Row(inPool)} |" : "")}
            {(perSecond > 0 ? $"CPU of the bench process (the services in-process) per event: {cpuPerEvent:0.00} ms" : "")}
            """);
    }

    private sealed record Stored(Guid MessageId, Guid ApplicationId, DateTimeOffset CommittedAt, Stopwatch SinceCommit);

    private static async Task<Stored> StoreAsync(BenchServices services, Uri queue, Guid programmeId)
    {
        var applicationId = Guid.NewGuid();
        await using var scope = services.Matching.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MatchingDbContext>();
        db.AddSent(Approved(applicationId, programmeId), queue);
        await db.SaveChangesAsync();
        return new Stored(db.Set<OutboxMessage>().Local.Single().MessageId, applicationId, DateTimeOffset.UtcNow, Stopwatch.StartNew());
    }

    private static async Task<TimeSpan> WaitInPoolAsync(BenchServices services, Stored stored)
    {
        await using var scope = services.Matching.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MatchingDbContext>();
        while (!await db.Participants.AnyAsync(p => p.ApplicationId == stored.ApplicationId))
            await Task.Delay(1);
        return stored.SinceCommit.Elapsed;
    }

    /// <summary>Per message, in ms from its commit: confirmed by the broker, and claimed by the consumer.</summary>
    private static Task<(List<double> Dispatched, List<double> Claimed)> StagesAsync(
        BenchServices services, IReadOnlyDictionary<Guid, DateTimeOffset> committed) =>
        services.Matching.QueryAsync<MatchingDbContext, (List<double>, List<double>)>(async db =>
        {
            var ids = committed.Keys.ToList();
            var dispatched = await db.Set<OutboxMessage>().Where(m => ids.Contains(m.MessageId))
                .Select(m => new { m.MessageId, m.DispatchedAt }).ToListAsync();
            var claimed = await db.Set<InboxMessage>().Where(m => ids.Contains(m.MessageId))
                .Select(m => new { m.MessageId, m.ProcessedAt }).ToListAsync();
            return (
                dispatched.Select(m => (m.DispatchedAt!.Value - committed[m.MessageId]).TotalMilliseconds).ToList(),
                claimed.Select(m => (m.ProcessedAt - committed[m.MessageId]).TotalMilliseconds).ToList());
        });

    private static string Row(List<double> milliseconds)
    {
        var sorted = milliseconds.Order().ToList();
        double At(double share) => sorted[(int)Math.Ceiling(share * sorted.Count) - 1];
        return string.Create(CultureInfo.InvariantCulture, $"{At(0.5):0.0} ms | {At(0.95):0.0} ms | {sorted[^1]:0.0} ms");
    }

    private static ApplicationApproved Approved(Guid applicationId, Guid programmeId) => new(
        applicationId, programmeId, Guid.NewGuid(), "mentee", "fr",
        new MatchingProfile("BE-BRU", ["logistics"], null, [], 30, ["fr"], [], [], 1, []),
        DateTimeOffset.UtcNow);
}
