using System.Net;
using System.Net.Http.Json;
using Mentorship.Pairing.Apis.Models;
using Mentorship.Pairing.Contracts;
using Mentorship.Pairing.Data;
using Mentorship.Pairing.Domain;
using Mentorship.ServiceDefaults.Http;
using Mentorship.Testing;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Pairing.Tests.Integration;

public sealed class ReferentsApiTests(PairingFactory factory) : IClassFixture<PairingFactory>
{
    [Fact]
    public async Task A_coordinator_assigns_a_referent_of_the_programme_audited_and_announced_with_ids_only()
    {
        var pair = await PairHarness.ProposeAsync(factory);

        await pair.SupervisedAsync();
        var again = await PairHarness.ExpectAsync(pair.Coordinator.PutAsJsonAsync($"{pair.Url}/referent", new { personId = pair.ReferentId }), HttpStatusCode.OK);

        Assert.Equal(pair.ReferentId, (await again.Content.ReadFromJsonAsync<PairView>(TestJson.Options))!.ReferentId);
        var audit = await factory.QueryAsync<PairingDbContext, List<ReferentAssignment>>(
            db => db.ReferentAssignments.AsNoTracking().Where(a => a.PairId == pair.PairId).ToListAsync());
        var entry = Assert.Single(audit);
        Assert.Equal((pair.ReferentId, (Guid?)null, pair.ProgrammeId), (entry.ReferentId, entry.PreviousReferentId, entry.ProgrammeId));
        Assert.NotEqual(pair.ReferentId, entry.AssignedBy);
        var assigned = Assert.Single(await factory.PublishedAsync<PairReferentAssigned>(), e => e.PairId == pair.PairId);
        Assert.Equal((pair.ProgrammeId, pair.ReferentId, (Guid?)null), (assigned.ProgrammeId, assigned.ReferentId, assigned.PreviousReferentId));
        Assert.Single(await factory.PublishedAsync<ReferentJoined>(), e => e.PersonId == pair.ReferentId && e.ProgrammeId == pair.ProgrammeId);
    }

    [Fact]
    public async Task Replacing_the_referent_keeps_whom_they_replaced_and_the_former_one_loses_the_pair()
    {
        var pair = await (await PairHarness.ProposeAsync(factory)).SupervisedAsync();
        var successor = TestUser.Referent(pair.ProgrammeId);
        var successorClient = factory.CreateClient(successor);
        await PairHarness.ExpectAsync(successorClient.PutAsync($"/api/programmes/{pair.ProgrammeId}/referents/me", null), HttpStatusCode.Created);

        await PairHarness.ExpectAsync(pair.Coordinator.PutAsJsonAsync($"{pair.Url}/referent", new { personId = successor.PersonId }), HttpStatusCode.OK);

        await pair.GetAsync(successorClient);
        await PairHarness.ProblemAsync(pair.Referent.GetAsync(pair.Url), HttpStatusCode.Forbidden);
        var replaced = Assert.Single(await factory.PublishedAsync<PairReferentAssigned>(), e => e.PairId == pair.PairId && e.ReferentId == successor.PersonId);
        Assert.Equal(pair.ReferentId, replaced.PreviousReferentId);
    }

    [Fact]
    public async Task A_person_who_is_not_a_referent_of_the_pair_s_programme_is_refused_naming_personId()
    {
        var pair = await PairHarness.ProposeAsync(factory);
        var elsewhere = TestUser.Referent(Guid.NewGuid());
        await PairHarness.ExpectAsync(
            factory.CreateClient(elsewhere).PutAsync($"/api/programmes/{elsewhere.Programmes[0]}/referents/me", null), HttpStatusCode.Created);

        var notOnRoster = await PairHarness.ProblemAsync(
            pair.Coordinator.PutAsJsonAsync($"{pair.Url}/referent", new { personId = pair.ReferentId }), HttpStatusCode.BadRequest);
        var otherProgramme = await PairHarness.ProblemAsync(
            pair.Coordinator.PutAsJsonAsync($"{pair.Url}/referent", new { personId = elsewhere.PersonId }), HttpStatusCode.BadRequest);
        var missing = await PairHarness.ProblemAsync(pair.Coordinator.PutAsJsonAsync($"{pair.Url}/referent", new { }), HttpStatusCode.BadRequest);

        Assert.Contains("referent of the pair's programme", notOnRoster.GetProperty("errors").GetProperty("personId")[0].GetString());
        Assert.True(otherProgramme.GetProperty("errors").TryGetProperty("personId", out _));
        Assert.True(missing.GetProperty("errors").TryGetProperty("personId", out _));
        Assert.Null((await pair.GetAsync(pair.Coordinator)).ReferentId);
        Assert.DoesNotContain(await factory.PublishedAsync<PairReferentAssigned>(), e => e.PairId == pair.PairId);
    }

    [Fact]
    public async Task Only_the_programme_s_coordinators_assign_a_referent()
    {
        var pair = await PairHarness.ProposeAsync(factory);
        await PairHarness.ExpectAsync(pair.Referent.PutAsync($"/api/programmes/{pair.ProgrammeId}/referents/me", null), HttpStatusCode.Created);
        var body = new { personId = pair.ReferentId };

        await PairHarness.ProblemAsync(pair.Referent.PutAsJsonAsync($"{pair.Url}/referent", body), HttpStatusCode.Forbidden);
        await PairHarness.ProblemAsync(pair.Mentee.PutAsJsonAsync($"{pair.Url}/referent", body), HttpStatusCode.Forbidden);
        await PairHarness.ProblemAsync(
            factory.CreateClient(TestUser.Coordinator(Guid.NewGuid())).PutAsJsonAsync($"{pair.Url}/referent", body), HttpStatusCode.Forbidden);
        await PairHarness.ProblemAsync(pair.Coordinator.PutAsJsonAsync($"/api/pairs/{Guid.NewGuid()}/referent", body), HttpStatusCode.NotFound);

        Assert.Null((await pair.GetAsync(pair.Coordinator)).ReferentId);
    }

    [Fact]
    public async Task Only_a_referent_of_the_programme_joins_its_roster_once_and_coordinators_list_it()
    {
        var programmeId = Guid.NewGuid();
        var referent = TestUser.Referent(programmeId);
        var client = factory.CreateClient(referent);
        var coordinator = factory.CreateClient(TestUser.Coordinator(programmeId));
        var url = $"/api/programmes/{programmeId}/referents";

        await PairHarness.ExpectAsync(client.PutAsync($"{url}/me", null), HttpStatusCode.Created);
        await PairHarness.ExpectAsync(client.PutAsync($"{url}/me", null), HttpStatusCode.OK);
        await PairHarness.ProblemAsync(coordinator.PutAsync($"{url}/me", null), HttpStatusCode.Forbidden);
        await PairHarness.ProblemAsync(factory.CreateClient(TestUser.Referent(Guid.NewGuid())).PutAsync($"{url}/me", null), HttpStatusCode.Forbidden);
        await PairHarness.ProblemAsync(client.GetAsync(url), HttpStatusCode.Forbidden);

        var roster = (await coordinator.GetFromJsonAsync<List<ReferentView>>(url, TestJson.Options))!;
        Assert.Equal([referent.PersonId], roster.Select(r => r.PersonId));
        Assert.Single(await factory.PublishedAsync<ReferentJoined>(), e => e.PersonId == referent.PersonId);
    }

    [Fact]
    public async Task The_referent_follows_their_pair_s_meetings_and_plan_and_another_referent_sees_nothing_of_it()
    {
        var pair = await (await (await PairHarness.ProposeAsync(factory)).ActiveAsync()).SupervisedAsync();
        var otherPair = await PairHarness.ProposeAsync(factory, pair.ProgrammeId);
        var otherReferent = factory.CreateClient(TestUser.Referent(pair.ProgrammeId));
        await PairHarness.ExpectAsync(
            pair.Mentee.PutAsJsonAsync($"{pair.Url}/action-plan", new { goals = new[] { new { title = "Publish the thesis", status = "open" } } }),
            HttpStatusCode.OK);
        var logged = await PairHarness.ExpectAsync(pair.LogMeetingAsync(PairHarness.Today), HttpStatusCode.Created);

        var view = await pair.GetAsync(pair.Referent);
        var meeting = await pair.Referent.GetAsync(logged.Headers.Location);
        var table = (await pair.Referent.GetFromJsonAsync<PagedResult<PairMonitoringRow>>(
            $"/api/programmes/{pair.ProgrammeId}/pairs", TestJson.Options))!;
        var othersTable = (await otherReferent.GetFromJsonAsync<PagedResult<PairMonitoringRow>>(
            $"/api/programmes/{pair.ProgrammeId}/pairs", TestJson.Options))!;

        Assert.Equal("Publish the thesis", view.ActionPlan!.Goals.Single().Title);
        Assert.Equal(1, view.MeetingsHeld);
        Assert.Equal(HttpStatusCode.OK, meeting.StatusCode);
        Assert.Equal([pair.PairId], table.Items.Select(r => r.PairId));
        Assert.Equal(0, othersTable.Total);
        await PairHarness.ProblemAsync(otherReferent.GetAsync(pair.Url), HttpStatusCode.Forbidden);
        await PairHarness.ProblemAsync(otherReferent.GetAsync(logged.Headers.Location), HttpStatusCode.Forbidden);
        await PairHarness.ProblemAsync(pair.Referent.GetAsync(otherPair.Url), HttpStatusCode.Forbidden);
        Assert.Null((await pair.GetAsync(pair.Coordinator)).ActionPlan);
    }
}
