using Mentorship.Matching.Contracts;
using Mentorship.ServiceDefaults.Hosting;
using Mentorship.Testing;

namespace Mentorship.Pairing.Tests.Integration;

public sealed class PersonErasureTests(PairingFactory factory) : IClassFixture<PairingFactory>
{
    [Fact]
    public async Task The_export_shows_the_pair_and_an_erasure_delivered_twice_pseudonymises_it_and_confirms_once()
    {
        var programme = Guid.NewGuid();
        var mentee = TestUser.Mentee();
        var mentor = TestUser.Mentor();
        var pairId = Guid.NewGuid();
        await factory.PublishAsync(new MatchProposed(pairId, Guid.NewGuid(), programme, mentee.PersonId, mentor.PersonId, 0.8, DateTimeOffset.UtcNow));

        var pairs = await factory.AssertExportedAsync(mentee, programme, "pairs");

        Assert.Equal(pairId, pairs[0].GetProperty("id").GetGuid());
        await factory.AssertErasedOnceAsync(mentee.PersonId, ResourceNames.Pairing);
        // The partner keeps the pair, with a mentee nobody can name.
        var kept = await factory.AssertExportedAsync(mentor, programme, "pairs");
        Assert.NotEqual(mentee.PersonId, kept[0].GetProperty("mentee_id").GetGuid());
    }
}
