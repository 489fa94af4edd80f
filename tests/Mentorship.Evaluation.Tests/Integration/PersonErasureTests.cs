using Mentorship.Pairing.Contracts;
using Mentorship.ServiceDefaults.Hosting;
using Mentorship.Testing;

namespace Mentorship.Evaluation.Tests.Integration;

public sealed class PersonErasureTests(EvaluationFactory factory) : IClassFixture<EvaluationFactory>
{
    [Fact]
    public async Task The_export_shows_the_pair_and_an_erasure_delivered_twice_anonymises_it_and_confirms_once()
    {
        var programme = Guid.NewGuid();
        var mentee = TestUser.Mentee();
        var pairId = Guid.NewGuid();
        await factory.PublishAsync(new PairActivated(pairId, programme, mentee.PersonId, Guid.NewGuid(), DateTimeOffset.UtcNow));

        var pairs = await factory.AssertExportedAsync(mentee, programme, "pairs");

        Assert.Equal(pairId, pairs[0].GetProperty("id").GetGuid());
        await factory.AssertErasedOnceAsync(mentee.PersonId, ResourceNames.Evaluation);
    }
}
