using System.Diagnostics;
using System.Globalization;
using Mentorship.Matching.Contracts;
using Mentorship.Matching.Data;
using Mentorship.Matching.PublicationBench;
using Mentorship.Messaging.Data;
using Mentorship.Messaging.Domain.Notifications;
using Mentorship.Pairing.Data;
using Mentorship.ServiceDefaults.Backend.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

// bench [proposals ...]: for each size, stores that many MatchProposed events in Matching's outbox in one
// commit (a round's publication, for a fresh programme), then polls until Matching's dispatcher has
// published them all, Pairing has opened every pair and Messaging has created every notification (or
// the time limit passed). Prints the time from the commit to each, events per second per consuming
// service, and what is lost or doubled: pairs and notifications against the events, and the inbox
// records of each consumer (one per event: an event applied twice would need two).
// A first run of 200 warms the processes up and is not printed.
// --send: each event is sent to the two consumer queues (two outbox rows) instead of published to its
// exchange. On a broker shared with test runs, the exchange also feeds every queue those runs left bound
// to it; sending measures the services alone.
// --latency n [per second]: instead, n approvals' events into Matching's pool, one at a time or at that
// rate (EventLatency), with Matching's outbox polled every 10 s: only the commit's wake-up dispatches promptly.
// --consumer n [runs]: instead, Messaging's MatchProposed consumer alone on n proposals, in batches (ConsumerCost).
Directory.SetCurrentDirectory(AppContext.BaseDirectory);
var send = args.Contains("--send");
var latency = args.Contains("--latency");
var consumer = args.Contains("--consumer");
var sizes = args.Where(a => a is not "--send" and not "--latency" and not "--consumer").Select(a => int.Parse(a, CultureInfo.InvariantCulture)).DefaultIfEmpty(2_000).ToArray();

await using var services = await BenchServices.StartAsync(latency ? TimeSpan.FromSeconds(10) : null);
if (latency)
{
    Console.WriteLine(await EventLatency.MeasureAsync(services, sizes[0], sizes.Length > 1 ? sizes[1] : 0));
    return 0;
}

if (consumer)
{
    Console.WriteLine(await ConsumerCost.MeasureAsync(services, sizes[0], sizes.Length > 1 ? sizes[1] : 3));
    return 0;
}

var destinations = send ? services.MatchProposedQueues() : [];
await PublishAndWaitAsync(services, 200, destinations);
Console.WriteLine(send ? "Sent to the consumers' queues:" : "Published to the event's exchange:");

Console.WriteLine("| proposals | outbox dispatched | all pairs open | pairs/s | all notifications | notifications/s | lost | doubled | CPU per proposal | JIT during the run |");
Console.WriteLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
var failed = false;
foreach (var size in sizes)
{
    var run = await PublishAndWaitAsync(services, size, destinations);
    Console.WriteLine(run.Row());
    failed |= run.Lost + run.Doubled > 0;
}

// Memory of the process (the three services) after the load: what a GC setting changes.
using (var process = Process.GetCurrentProcess())
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"RSS after the runs {process.WorkingSet64 >> 20} MB, peak {process.PeakWorkingSet64 >> 20} MB; GC heap {GC.GetGCMemoryInfo().HeapSizeBytes >> 20} MB, committed {GC.GetGCMemoryInfo().TotalCommittedBytes >> 20} MB"));
return failed ? 1 : 0;

static async Task<PublicationRun> PublishAndWaitAsync(BenchServices services, int proposals, IReadOnlyList<Uri> destinations)
{
    var roundId = Guid.NewGuid();
    var programmeId = Guid.NewGuid();
    var cpu = Process.GetCurrentProcess().TotalProcessorTime;
    var jit = JitWork.Now();
    var (clock, messageIds) = await StoreAsync(services, roundId, programmeId, proposals, destinations);

    var limit = TimeSpan.FromSeconds(Math.Max(120, proposals / 20));
    TimeSpan? dispatched = null, paired = null, notified = null;
    // Polled every 100 ms, pairs by their programme (indexed; each run has its own): the polls share
    // PostgreSQL with the services, and counting by round scanned every pair stored so far.
    while ((dispatched is null || paired is null || notified is null) && clock.Elapsed < limit)
    {
        await Task.Delay(100);
        dispatched ??= await services.Matching.QueryAsync<MatchingDbContext, int>(
            db => db.Set<OutboxMessage>().CountAsync(m => m.DispatchedAt == null)) == 0 ? clock.Elapsed : null;
        paired ??= await services.Pairing.QueryAsync<PairingDbContext, int>(
            db => db.Pairs.CountAsync(p => p.ProgrammeId == programmeId)) == proposals ? clock.Elapsed : null;
        notified ??= await services.Messaging.QueryAsync<MessagingDbContext, int>(
            db => db.Notifications.CountAsync(n => n.ProgrammeId == programmeId && n.Kind == NotificationKind.MenteeProposed)) == proposals
            ? clock.Elapsed : null;
    }

    cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
    jit = JitWork.Now() - jit;
    // Anything still in flight would show as doubled: give it a moment before counting.
    await Task.Delay(TimeSpan.FromSeconds(1));
    var counts = await PublicationCounts.ReadAsync(services, roundId, programmeId, messageIds);
    return new PublicationRun(proposals, dispatched, paired, notified, counts, cpu, jit);
}

static async Task<(Stopwatch Clock, List<Guid> MessageIds)> StoreAsync(
    BenchServices services, Guid roundId, Guid programmeId, int proposals, IReadOnlyList<Uri> destinations)
{
    await using var scope = services.Matching.Services.CreateAsyncScope();
    var db = scope.ServiceProvider.GetRequiredService<MatchingDbContext>();
    db.ChangeTracker.AutoDetectChangesEnabled = false;
    var now = DateTimeOffset.UtcNow;
    for (var i = 0; i < proposals; i++)
    {
        var proposed = new MatchProposed(Guid.CreateVersion7(now), roundId, programmeId, Guid.NewGuid(), Guid.NewGuid(), 0.5, now);
        if (destinations.Count == 0)
            db.AddEvent(proposed);
        foreach (var destination in destinations)
            db.AddSent(proposed, destination);
    }

    db.ChangeTracker.DetectChanges();
    await db.SaveChangesAsync();
    var clock = Stopwatch.StartNew();
    return (clock, db.Set<OutboxMessage>().Local.Select(m => m.MessageId).ToList());
}
