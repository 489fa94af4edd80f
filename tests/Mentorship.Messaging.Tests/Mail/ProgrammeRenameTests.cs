using Mentorship.Enrollment.Contracts;
using Mentorship.Messaging.Data;
using Mentorship.Messaging.Tests.Integration;
using Mentorship.ServiceDefaults.Backend.Outbox;
using Mentorship.Testing;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Messaging.Tests.Mail;

public sealed class ProgrammeRenameTests(MessagingFactory factory) : IClassFixture<MessagingFactory>
{
    [Fact]
    public async Task A_renamed_programme_signs_with_the_new_name_even_when_the_creation_arrives_after_the_rename()
    {
        var renamedFirst = Guid.NewGuid();
        var createdFirst = Guid.NewGuid();

        await factory.PublishAsync(Renamed(renamedFirst, "Duo Gent", revision: 1));
        await NameAsync(renamedFirst, "Duo Gent");
        await factory.PublishAsync(Created(renamedFirst, "Duo"));
        await factory.PublishAsync(Created(createdFirst, "Duo"));
        await NameAsync(createdFirst, "Duo");
        await factory.PublishAsync(Renamed(createdFirst, "Duo Liège", revision: 2));
        await NameAsync(createdFirst, "Duo Liège");
        await factory.PublishAsync(Renamed(createdFirst, "Duo Namur", revision: 1));

        // Every message above was applied (the late creation and the older revision as no-ops).
        await ServiceFactory<Program>.EventuallyAsync(async () => await ConsumedAsync() >= 5 ? (object?)true : null);
        Assert.Equal("Duo Gent", await NameAsync(renamedFirst, "Duo Gent"));
        Assert.Equal("Duo Liège", await NameAsync(createdFirst, "Duo Liège"));
    }

    [Fact]
    public async Task A_creation_and_a_rename_delivered_together_keep_the_new_name_for_every_programme()
    {
        var programmes = Enumerable.Range(0, 20).Select(_ => Guid.NewGuid()).ToList();
        var consumedBefore = await ConsumedAsync();

        // Both at once, twenty times: the creation's read-then-write used to overwrite a rename applied between them.
        await Task.WhenAll(programmes.SelectMany(programmeId => new[]
        {
            factory.PublishAsync(Created(programmeId, "Duo")),
            factory.PublishAsync(Renamed(programmeId, "Duo Brugge", revision: 1)),
        }));

        await ServiceFactory<Program>.EventuallyAsync(async () => await ConsumedAsync() >= consumedBefore + 40 ? (object?)true : null);
        foreach (var programmeId in programmes)
            Assert.Equal("Duo Brugge", await NameAsync(programmeId, "Duo Brugge"));
    }

    /// <summary>This class's factory has its own database: its inbox holds only what this test published.</summary>
    private Task<int> ConsumedAsync() =>
        factory.QueryAsync<MessagingDbContext, int>(db => db.Set<InboxMessage>()
            .CountAsync(m => m.Consumer.EndsWith("programme-created") || m.Consumer.EndsWith("programme-settings-changed")));

    private static ProgrammeCreated Created(Guid programmeId, string name) =>
        new(programmeId, "t", new CriterionWeights(1, 1, 1, 1, 1, 1, 1, 1), 2, 1, 6, 4, DateTimeOffset.UtcNow, name);

    private static ProgrammeSettingsChanged Renamed(Guid programmeId, string name, int revision) =>
        new(programmeId, revision, name, "2026", 2, 1, 6, 4, DateTimeOffset.UtcNow, Guid.NewGuid());

    private Task<string> NameAsync(Guid programmeId, string expected) =>
        ServiceFactory<Program>.EventuallyAsync(() => factory.QueryAsync<MessagingDbContext, string?>(async db =>
            (await db.ProgrammeMailProfiles.AsNoTracking().FirstOrDefaultAsync(p => p.ProgrammeId == programmeId))?.Name is { } name && name == expected
                ? name
                : null));
}
