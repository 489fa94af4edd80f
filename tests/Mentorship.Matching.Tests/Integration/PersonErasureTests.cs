using Mentorship.Enrollment.Contracts;
using Mentorship.ServiceDefaults.Hosting;
using Mentorship.Testing;

namespace Mentorship.Matching.Tests.Integration;

public sealed class PersonErasureTests(MatchingFactory factory) : IClassFixture<MatchingFactory>
{
    [Fact]
    public async Task The_export_shows_the_pool_entry_and_an_erasure_delivered_twice_removes_it_and_confirms_once()
    {
        var programme = Guid.NewGuid();
        var person = TestUser.Mentee();
        await factory.PublishAsync(new ApplicationApproved(Guid.NewGuid(), programme, person.PersonId, "mentee", "fr", Cohort.Profile("health", 1), DateTimeOffset.UtcNow));

        var participants = await factory.AssertExportedAsync(person, programme, "participants");

        Assert.Equal(person.PersonId, participants[0].GetProperty("person_id").GetGuid());
        await factory.AssertErasedOnceAsync(person.PersonId, ResourceNames.Matching);
    }
}
