using Mentorship.Pairing.Domain;
using Mentorship.Testing;

namespace Mentorship.Pairing.Tests.Integration;

public sealed class TermWorkerTests(TermWorkerFactory factory) : IClassFixture<TermWorkerFactory>
{
    [Fact]
    public async Task The_worker_closes_a_pair_past_its_term_at_its_next_tick_and_logs_how_many()
    {
        var programmeId = Guid.NewGuid();
        await PairHarness.PublishProgrammeAndWaitAsync(factory, programmeId, durationMonths: 6);
        var pair = await (await PairHarness.ProposeAsync(factory, programmeId)).ActiveAsync();

        await factory.AdvanceUntilAsync(TimeSpan.FromDays(220), TimeSpan.FromHours(1), async () =>
            (await pair.GetAsync(pair.Coordinator)).Status == PairStatus.Closed ? (object)true : null);
        var line = await ServiceFactory<Program>.EventuallyAsync(() =>
            Task.FromResult(factory.Logs!.Lines.FirstOrDefault(l => l.StartsWith("Pairs past their term closed", StringComparison.Ordinal))));
        Assert.Matches(@"closed as term-reached: [1-9]\d* \(grace 14 days\)", line);
    }
}
