using System.Text.Json;
using Mentorship.Matching.Contracts;
using Mentorship.Messaging.Data;
using Mentorship.Messaging.Domain.Notifications;
using Mentorship.Messaging.Domain.Threads;
using Mentorship.Messaging.Hubs;
using Mentorship.Pairing.Contracts;
using Mentorship.Testing;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Messaging.Tests.Integration;

/// <summary>A fresh pair of a fresh programme, and the events other services send about it.</summary>
public sealed record PairScenario(ServiceFactory<Program> Factory, Guid PairId, Guid ProgrammeId, TestUser Mentee, TestUser Mentor)
{
    public static PairScenario New(ServiceFactory<Program> factory) =>
        new(factory, Guid.NewGuid(), Guid.NewGuid(), TestUser.Mentee(), TestUser.Mentor());

    public string Messages => $"/api/pairs/{PairId}/messages";

    public MatchProposed Proposed => new(PairId, Guid.NewGuid(), ProgrammeId, Mentee.PersonId, Mentor.PersonId, 0.82, DateTimeOffset.UtcNow);

    public MentorAccepted Accepted => new(PairId, ProgrammeId, Mentee.PersonId, Mentor.PersonId, DateTimeOffset.UtcNow);

    public MentorDeclined Declined => new(PairId, ProgrammeId, Mentee.PersonId, Mentor.PersonId, DateTimeOffset.UtcNow);

    public MentorDeclined DeclinedByMentee => new(PairId, ProgrammeId, Mentee.PersonId, Mentor.PersonId, DateTimeOffset.UtcNow, "mentee");

    public MenteeConfirmed Confirmed => new(PairId, ProgrammeId, Mentee.PersonId, Mentor.PersonId, DateTimeOffset.UtcNow);

    public FirstMeetingHeld FirstMeeting(bool fit) =>
        new(PairId, ProgrammeId, Mentee.PersonId, Mentor.PersonId, DateOnly.FromDateTime(DateTime.UtcNow), fit);

    public PairActivated Activated => new(PairId, ProgrammeId, Mentee.PersonId, Mentor.PersonId, DateTimeOffset.UtcNow);

    public PairClosed Closed => new(PairId, ProgrammeId, Mentee.PersonId, Mentor.PersonId, "job", DateTimeOffset.UtcNow.AddMonths(-3), DateTimeOffset.UtcNow, 7);

    /// <summary>Publishes the proposal and waits until the thread exists.</summary>
    public async Task<PairScenario> OpenAsync()
    {
        await Factory.PublishAsync(Proposed);
        await ThreadAsync(_ => true);
        return this;
    }

    /// <summary>Waits until the thread is in the wanted state.</summary>
    public Task<PairThread> ThreadAsync(Func<PairThread, bool> wanted) =>
        ServiceFactory<Program>.EventuallyAsync(async () =>
        {
            var thread = await Factory.QueryAsync<MessagingDbContext, PairThread?>(
                db => db.Threads.AsNoTracking().FirstOrDefaultAsync(t => t.PairId == PairId));
            return thread is not null && wanted(thread) ? thread : null;
        });

    /// <summary>Waits until the person has a notification of this kind about this pair, and returns all of that kind.</summary>
    public Task<List<Notification>> NotificationsAsync(TestUser recipient, NotificationKind kind) =>
        ServiceFactory<Program>.EventuallyAsync(async () =>
        {
            var found = await Factory.QueryAsync<MessagingDbContext, List<Notification>>(db => db.Notifications.AsNoTracking()
                .Where(n => n.RecipientId == recipient.PersonId && n.Kind == kind && n.PairId == PairId)
                .ToListAsync());
            return found.Count > 0 ? found : null;
        });

    public HttpClient Client(TestUser user) => Factory.CreateClient(user);

    /// <summary>A referent of the programme put on its roster as Pairing announces it, once this service has it.</summary>
    public async Task<TestUser> RosterReferentAsync()
    {
        var referent = TestUser.Referent(ProgrammeId);
        await Factory.PublishAsync(new ReferentJoined(ProgrammeId, referent.PersonId, DateTimeOffset.UtcNow));
        await ServiceFactory<Program>.EventuallyAsync(() => Factory.QueryAsync<MessagingDbContext, object?>(
            async db => await db.ProgrammeReferents.AnyAsync(r => r.ProgrammeId == ProgrammeId && r.PersonId == referent.PersonId) ? true : null));
        return referent;
    }

    /// <summary>A rostered referent made the pair's referent, as Pairing announces it, once this service has it.</summary>
    public async Task<TestUser> SupervisedAsync()
    {
        var referent = await RosterReferentAsync();
        await Factory.PublishAsync(new PairReferentAssigned(PairId, ProgrammeId, referent.PersonId, null, DateTimeOffset.UtcNow));
        await ServiceFactory<Program>.EventuallyAsync(() => Factory.QueryAsync<MessagingDbContext, object?>(
            async db => await db.PairReferents.AnyAsync(r => r.PairId == PairId && r.ReferentId == referent.PersonId) ? true : null));
        return referent;
    }

    /// <summary>The next notification about this pair the connection receives.</summary>
    public Task<JsonElement> NotificationAtAsync(HubClient connection) =>
        connection.NextCallAsync(MessagingHub.NotificationEvent, n => n.GetProperty("pairId").GetGuid() == PairId);
}
