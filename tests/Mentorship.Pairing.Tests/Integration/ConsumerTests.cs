using Mentorship.Enrollment.Contracts;
using Mentorship.Matching.Contracts;
using Mentorship.Messaging.Contracts;
using Mentorship.Pairing.Data;
using Mentorship.Pairing.Domain;
using Mentorship.ServiceDefaults.Backend.Outbox;
using Mentorship.Testing;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Pairing.Tests.Integration;

public sealed class ConsumerTests(PairingFactory factory) : IClassFixture<PairingFactory>
{
    [Fact]
    public async Task A_published_proposal_opens_a_proposed_pair_under_the_proposal_s_id()
    {
        var proposedAt = DateTimeOffset.UtcNow.AddDays(-1);

        var pair = await PairHarness.ProposeAsync(factory, proposedAt: proposedAt);

        var view = await pair.GetAsync(pair.Mentor);
        Assert.Equal((pair.PairId, pair.ProgrammeId, pair.MenteeId, pair.MentorId), (view.Id, view.ProgrammeId, view.MenteeId, view.MentorId));
        Assert.Equal(PairStatus.Proposed, view.Status);
        Assert.Equal(proposedAt, view.ProposedAt, TimeSpan.FromMilliseconds(1));
    }

    [Fact]
    public async Task A_proposal_delivered_again_after_the_mentor_accepted_changes_nothing()
    {
        var pair = await (await PairHarness.ProposeAsync(factory)).AcceptedAsync();
        var consumed = await ConsumedAsync("match-proposed");

        await factory.PublishAsync(pair.Proposal(DateTimeOffset.UtcNow));
        await WaitUntilConsumedAsync("match-proposed", consumed + 1);

        Assert.Equal(PairStatus.Introduced, (await pair.GetAsync(pair.Mentor)).Status);
        Assert.Equal(1, await factory.QueryAsync<PairingDbContext, int>(db => db.Pairs.CountAsync(p => p.Id == pair.PairId)));
    }

    [Fact]
    public async Task A_round_s_proposals_arriving_together_open_one_pair_each_even_with_a_proposal_repeated_among_them()
    {
        var roundId = Guid.NewGuid();
        var programmeId = Guid.NewGuid();
        var proposedAt = DateTimeOffset.UtcNow;
        var proposals = Enumerable.Range(0, 40)
            .Select(_ => new MatchProposed(Guid.NewGuid(), roundId, programmeId, Guid.NewGuid(), Guid.NewGuid(), 0.7, proposedAt))
            .ToList();

        // Published as Matching's dispatcher does: all at once, and one of them again under a new message id.
        await Task.WhenAll(proposals.Append(proposals[7]).Select(factory.PublishAsync));

        var opened = await ServiceFactory<Program>.EventuallyAsync(() => factory.QueryAsync<PairingDbContext, List<Pair>?>(async db =>
        {
            var pairs = await db.Pairs.AsNoTracking().Where(p => p.RoundId == roundId).ToListAsync();
            return pairs.Count == proposals.Count ? pairs : null;
        }));
        Assert.Equal(
            proposals.Select(p => (p.PairId, p.MenteeId, p.MentorId)).Order(),
            opened.Select(p => (p.Id, p.MenteeId, p.MentorId)).Order());
        Assert.All(opened, pair => Assert.Equal(PairStatus.Proposed, pair.Status));
    }

    [Fact]
    public async Task A_programme_s_cadence_is_kept_and_a_second_announcement_updates_it_in_place()
    {
        var programmeId = Guid.NewGuid();

        await PairHarness.PublishProgrammeAsync(factory, programmeId, meetingsPerMonth: 2, durationMonths: 6, alertAfterWeeks: 3);
        await CadenceAsync(programmeId, c => c.DurationMonths == 6);
        await PairHarness.PublishProgrammeAsync(factory, programmeId, meetingsPerMonth: 1, durationMonths: 12, alertAfterWeeks: 4);
        var cadence = await CadenceAsync(programmeId, c => c.DurationMonths == 12);

        Assert.Equal((1, 12, 4), (cadence.MeetingsPerMonth, cadence.DurationMonths, cadence.AlertAfterWeeksWithoutMeeting));
        Assert.Equal(1, await factory.QueryAsync<PairingDbContext, int>(db => db.Programmes.CountAsync(p => p.ProgrammeId == programmeId)));
    }

    [Fact]
    public async Task A_message_moves_the_last_contact_forward_and_an_older_one_arriving_late_does_not_move_it_back()
    {
        var pair = await PairHarness.ProposeAsync(factory);
        var recent = DateTimeOffset.UtcNow.AddHours(-1);

        await factory.PublishAsync(new MessagePosted(pair.PairId, Guid.NewGuid(), pair.MenteeId, recent));
        await LastMessageAsync(pair.PairId);
        var consumed = await ConsumedAsync("message-posted");
        await factory.PublishAsync(new MessagePosted(pair.PairId, Guid.NewGuid(), pair.MentorId, recent.AddDays(-3)));
        await WaitUntilConsumedAsync("message-posted", consumed + 1);

        Assert.Equal(recent, await LastMessageAsync(pair.PairId), TimeSpan.FromMilliseconds(1));
    }

    [Fact]
    public async Task A_message_reported_before_the_pair_s_proposal_still_counts_as_contact()
    {
        var pairId = Guid.NewGuid();
        var postedAt = DateTimeOffset.UtcNow.AddMinutes(-5);

        await factory.PublishAsync(new MessagePosted(pairId, Guid.NewGuid(), Guid.NewGuid(), postedAt));
        var lastMessageAt = await LastMessageAsync(pairId);

        Assert.Equal(postedAt, lastMessageAt, TimeSpan.FromMilliseconds(1));
    }

    [Fact]
    public async Task An_edited_cadence_replaces_the_created_one_and_an_older_revision_arriving_late_changes_nothing()
    {
        var programmeId = Guid.NewGuid();
        await PairHarness.PublishProgrammeAndWaitAsync(factory, programmeId, meetingsPerMonth: 2, durationMonths: 6, alertAfterWeeks: 3);

        await factory.PublishAsync(SettingsChanged(programmeId, revision: 2, meetingsPerMonth: 4, durationMonths: 9, alertAfterWeeks: 5));
        var edited = await CadenceAsync(programmeId, cadence => cadence.SettingsRevision == 2);
        var consumed = await ConsumedAsync("programme-settings-changed");
        await factory.PublishAsync(SettingsChanged(programmeId, revision: 1, meetingsPerMonth: 1, durationMonths: 3, alertAfterWeeks: 2));
        await WaitUntilConsumedAsync("programme-settings-changed", consumed + 1);
        var after = await CadenceAsync(programmeId, _ => true);

        Assert.Equal((4, 9, 5), (edited.MeetingsPerMonth, edited.DurationMonths, edited.AlertAfterWeeksWithoutMeeting));
        Assert.Equal((2, 4, 9, 5), (after.SettingsRevision, after.MeetingsPerMonth, after.DurationMonths, after.AlertAfterWeeksWithoutMeeting));
    }

    [Fact]
    public async Task An_edit_that_overtook_the_creation_is_kept_when_the_creation_arrives()
    {
        var programmeId = Guid.NewGuid();
        await factory.PublishAsync(SettingsChanged(programmeId, revision: 1, meetingsPerMonth: 3, durationMonths: 12, alertAfterWeeks: 4));
        await CadenceAsync(programmeId, cadence => cadence.SettingsRevision == 1);

        await PairHarness.PublishProgrammeAsync(factory, programmeId, meetingsPerMonth: 2, durationMonths: 6, alertAfterWeeks: 3);
        var created = await CadenceAsync(programmeId, cadence => cadence.TemplateId == "mentoryou");

        Assert.Equal((3, 12, 4), (created.MeetingsPerMonth, created.DurationMonths, created.AlertAfterWeeksWithoutMeeting));
    }

    [Fact]
    public async Task A_creation_and_an_edit_delivered_together_keep_the_edit_for_every_programme()
    {
        var programmes = Enumerable.Range(0, 20).Select(_ => Guid.NewGuid()).ToList();

        // Both at once, twenty times: the creation's read-then-write used to overwrite an edit applied between them.
        await Task.WhenAll(programmes.SelectMany(programmeId => new[]
        {
            PairHarness.PublishProgrammeAsync(factory, programmeId, meetingsPerMonth: 2, durationMonths: 6, alertAfterWeeks: 3),
            factory.PublishAsync(SettingsChanged(programmeId, revision: 1, meetingsPerMonth: 3, durationMonths: 12, alertAfterWeeks: 4)),
        }));

        foreach (var programmeId in programmes)
        {
            var kept = await CadenceAsync(programmeId, cadence => cadence.SettingsRevision == 1 && cadence.TemplateId == "mentoryou");
            Assert.Equal((3, 12, 4), (kept.MeetingsPerMonth, kept.DurationMonths, kept.AlertAfterWeeksWithoutMeeting));
        }
    }

    private static ProgrammeSettingsChanged SettingsChanged(Guid programmeId, int revision, int meetingsPerMonth, int durationMonths, int alertAfterWeeks) =>
        new(programmeId, revision, "MentorYou Brussels", "2026", 1, meetingsPerMonth, durationMonths, alertAfterWeeks, DateTimeOffset.UtcNow, Guid.NewGuid());

    private Task<int> ConsumedAsync(string consumer) =>
        factory.QueryAsync<PairingDbContext, int>(db => db.Set<InboxMessage>().CountAsync(m => m.Consumer.EndsWith(consumer)));

    /// <summary>Tests of a class run one after another, so the count of this consumer's inbox grows only by what this test published.</summary>
    private Task WaitUntilConsumedAsync(string consumer, int count) =>
        ServiceFactory<Program>.EventuallyAsync(async () => await ConsumedAsync(consumer) >= count ? (object?)true : null);

    private Task<ProgrammeCadence> CadenceAsync(Guid programmeId, Func<ProgrammeCadence, bool> until) =>
        ServiceFactory<Program>.EventuallyAsync(() => factory.QueryAsync<PairingDbContext, ProgrammeCadence?>(async db =>
        {
            var cadence = await db.Programmes.AsNoTracking().FirstOrDefaultAsync(p => p.ProgrammeId == programmeId);
            return cadence is not null && until(cadence) ? cadence : null;
        }));

    private async Task<DateTimeOffset> LastMessageAsync(Guid pairId) =>
        (DateTimeOffset)(await ServiceFactory<Program>.EventuallyAsync(() => factory.QueryAsync<PairingDbContext, object?>(async db =>
            (object?)(await db.Contacts.AsNoTracking().FirstOrDefaultAsync(c => c.PairId == pairId))?.LastMessageAt)))!;
}
