using System.Diagnostics;
using System.Globalization;
using Mentorship.Messaging;
using Mentorship.Messaging.Bench;
using Mentorship.Messaging.Data;
using Mentorship.Messaging.Domain.Mail;
using Mentorship.Messaging.Domain.Notifications;
using Mentorship.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

// bench [mails] [replicas]: stores that many notifications with their mails in one transaction, as a
// burst of events would, for people whose addresses are known, then waits until the SMTP server has
// received them all (or two minutes passed). Prints the time from commit to the last mail received,
// mails per second, and how many were lost or received twice.
Directory.SetCurrentDirectory(AppContext.BaseDirectory);
var mails = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 1_000;
var replicaCount = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 1;

await using var smtp = new TestSmtpServer();
var first = new BenchFactory(smtp);
await first.InitializeAsync();
var replicas = new List<BenchFactory> { first };
for (var i = 1; i < replicaCount; i++)
{
    var replica = new BenchFactory(smtp) { ReplicaOf = first };
    await replica.InitializeAsync();
    replicas.Add(replica);
}

var people = Enumerable.Range(0, mails).Select(_ => Guid.NewGuid()).ToList();
var addresses = people.ToDictionary(p => p, p => $"bench-{p:N}@example.org");
var programmeId = Guid.NewGuid();
var clock = new Stopwatch();
var cpu = TimeSpan.Zero;
await using (var scope = first.Services.CreateAsyncScope())
{
    var db = scope.ServiceProvider.GetRequiredService<MessagingDbContext>();
    var now = DateTimeOffset.UtcNow;
    db.MailContacts.AddRange(people.Select(p => new MailContact { PersonId = p, Email = addresses[p], Language = "fr", SharedAt = now }));
    await db.SaveChangesAsync();
    foreach (var person in people)
        await db.NotifyOnceAsync(
            Notification.About(NotificationKind.PairActivated, person, Guid.NewGuid(), now, programmeId: programmeId, pairId: Guid.NewGuid()),
            CancellationToken.None);
    clock.Start();
    cpu = Process.GetCurrentProcess().TotalProcessorTime;
    await db.SaveChangesAsync();
}

var deadline = Stopwatch.StartNew();
while (smtp.Received.Count < mails && deadline.Elapsed < TimeSpan.FromMinutes(2))
    await Task.Delay(20);
clock.Stop();
// The process's CPU: the sender's, and the in-process SMTP server's, which is the same in every run.
cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
// Anything still in flight would show as a duplicate: give it a moment before counting.
await Task.Delay(TimeSpan.FromSeconds(2));

var received = smtp.Received.SelectMany(m => m.To.Mailboxes.Select(b => b.Address)).ToList();
var wanted = addresses.Values.ToHashSet();
var distinct = received.Where(wanted.Contains).Distinct().Count();
var duplicated = received.Count(wanted.Contains) - distinct;
var sent = await first.QueryAsync<MessagingDbContext, int>(db => db.OutgoingMails.CountAsync(m => m.Status == MailStatus.Sent));

Console.WriteLine("| mails | replicas | commit → last received | mails/s | sent (db) | lost | duplicated | CPU per mail |");
Console.WriteLine("|---:|---:|---:|---:|---:|---:|---:|---:|");
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"| {mails:N0} | {replicaCount} | {clock.Elapsed.TotalSeconds:0.00} s | {distinct / clock.Elapsed.TotalSeconds:0} | {sent:N0} | {mails - distinct} | {duplicated} | {cpu.TotalMilliseconds / mails:0.000} ms |"));

foreach (var replica in Enumerable.Reverse(replicas))
    await replica.DisposeAsync();
return mails - distinct == 0 && duplicated == 0 ? 0 : 1;
