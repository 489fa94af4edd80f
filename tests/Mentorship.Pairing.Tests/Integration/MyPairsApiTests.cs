using System.Net;
using System.Net.Http.Json;
using Mentorship.Pairing.Apis.Models;
using Mentorship.Pairing.Domain;
using Mentorship.ServiceDefaults.Http;
using Mentorship.Testing;

namespace Mentorship.Pairing.Tests.Integration;

public sealed class MyPairsApiTests(PairingFactory factory) : IClassFixture<PairingFactory>
{
    private static async Task<PagedResult<MyPairSummary>> ListAsync(HttpClient client, string query = "")
    {
        var response = await PairHarness.ExpectAsync(client.GetAsync($"/api/me/pairs{query}"), HttpStatusCode.OK);
        return (await response.Content.ReadFromJsonAsync<PagedResult<MyPairSummary>>(TestJson.Options))!;
    }

    [Fact]
    public async Task A_person_sees_their_pairs_on_either_side_and_what_waits_for_them()
    {
        var person = Guid.NewGuid();
        var asMentee = await (await PairHarness.ProposeAsync(factory, menteeId: person, proposedAt: DateTimeOffset.UtcNow.AddDays(-2))).ContractingAsync();
        var asMentor = await PairHarness.ProposeAsync(factory, mentorId: person, proposedAt: DateTimeOffset.UtcNow.AddDays(-1));
        await PairHarness.ProposeAsync(factory);
        var client = factory.CreateClient(TestUser.Mentor(person));

        var mine = await ListAsync(client);

        Assert.Equal(2, mine.Total);
        Assert.Equal([asMentor.PairId, asMentee.PairId], mine.Items.Select(p => p.PairId));
        Assert.Equal((PairMember.Mentor, PairStatus.Proposed, true), (mine.Items[0].Role, mine.Items[0].Status, mine.Items[0].AwaitingYou));
        Assert.Equal((PairMember.Mentee, PairStatus.Contracting, true), (mine.Items[1].Role, mine.Items[1].Status, mine.Items[1].AwaitingYou));
    }

    [Fact]
    public async Task A_pair_stops_waiting_for_a_member_once_they_have_signed()
    {
        var pair = await (await PairHarness.ProposeAsync(factory)).ContractingAsync();
        await PairHarness.ExpectAsync(pair.Mentee.PostAsync($"{pair.Url}/contract/sign", null), HttpStatusCode.OK);

        var mentee = (await ListAsync(pair.Mentee)).Items.Single();
        var mentor = (await ListAsync(pair.Mentor)).Items.Single();

        Assert.False(mentee.AwaitingYou);
        Assert.True(mentor.AwaitingYou);
    }

    [Fact]
    public async Task The_list_filters_by_status_and_pages()
    {
        var person = Guid.NewGuid();
        await PairHarness.ProposeAsync(factory, menteeId: person);
        await (await PairHarness.ProposeAsync(factory, menteeId: person)).AcceptedAsync();
        var client = factory.CreateClient(TestUser.Mentee(person));

        var introduced = await ListAsync(client, "?status=introduced");
        var firstPage = await ListAsync(client, "?pageSize=1");

        Assert.Equal(PairStatus.Introduced, introduced.Items.Single().Status);
        Assert.Equal((1, 2), (firstPage.Items.Count, firstPage.Total));
        await PairHarness.ProblemAsync(client.GetAsync("/api/me/pairs?status=paused"), HttpStatusCode.BadRequest);
    }
}
