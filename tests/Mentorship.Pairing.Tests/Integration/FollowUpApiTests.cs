using System.Net;
using System.Net.Http.Json;
using Mentorship.Pairing.Apis.Models;
using Mentorship.Pairing.Domain;
using Mentorship.ServiceDefaults.Http;
using Mentorship.Testing;

namespace Mentorship.Pairing.Tests.Integration;

public sealed class FollowUpApiTests(PairingFactory factory) : IClassFixture<PairingFactory>
{
    private static object Contact(string summary = "Called the mentee: the CV is ready.", Guid? entryId = null) =>
        new { entryId, kind = "contact", with = "mentee", channel = "phone", heldOn = PairHarness.Today, summary };

    [Fact]
    public async Task The_programme_s_coordinator_and_the_pair_s_referent_keep_the_log_and_nobody_else_sees_it()
    {
        var pair = await (await PairHarness.ProposeAsync(factory)).SupervisedAsync();
        var otherReferent = TestUser.Referent(pair.ProgrammeId);
        var otherPair = await PairHarness.ProposeAsync(factory, pair.ProgrammeId);
        var otherReferentClient = factory.CreateClient(otherReferent);
        await PairHarness.ExpectAsync(otherReferentClient.PutAsync($"/api/programmes/{pair.ProgrammeId}/referents/me", null), HttpStatusCode.Created);
        await PairHarness.ExpectAsync(
            otherPair.Coordinator.PutAsJsonAsync($"{otherPair.Url}/referent", new { personId = otherReferent.PersonId }), HttpStatusCode.OK);
        var otherCoordinator = factory.CreateClient(TestUser.Coordinator(Guid.NewGuid()));
        var url = $"{pair.Url}/follow-up";

        await PairHarness.ExpectAsync(pair.Coordinator.PostAsJsonAsync(url, Contact()), HttpStatusCode.Created);
        await PairHarness.ExpectAsync(pair.Referent.PostAsJsonAsync(url, Contact("Met both at the mentor's office.")), HttpStatusCode.Created);

        Assert.Equal(2, (await PageAsync(pair.Coordinator, url)).Total);
        Assert.Equal(2, (await PageAsync(pair.Referent, url)).Total);
        foreach (var refused in new[] { otherReferentClient, pair.Mentee, pair.Mentor, otherCoordinator })
        {
            await PairHarness.ProblemAsync(refused.GetAsync(url), HttpStatusCode.Forbidden);
            await PairHarness.ProblemAsync(refused.PostAsJsonAsync(url, Contact()), HttpStatusCode.Forbidden);
        }

        Assert.Equal(2, (await PageAsync(pair.Coordinator, url)).Total);
    }

    [Fact]
    public async Task An_entry_records_its_author_and_moment_and_a_meeting_note_its_next_actions()
    {
        var pair = await PairHarness.ProposeAsync(factory);
        var coordinator = TestUser.Coordinator(pair.ProgrammeId);

        var response = await PairHarness.ExpectAsync(
            factory.CreateClient(coordinator).PostAsJsonAsync($"{pair.Url}/follow-up", new
            {
                kind = "meeting-note",
                progress = "Two applications sent; one interview next week.",
                nextActions = new[] { " Prepare the interview ", "Call the training centre" },
                dueOn = PairHarness.Today.AddDays(14),
            }),
            HttpStatusCode.Created);

        var entry = (await response.Content.ReadFromJsonAsync<FollowUpEntryView>(TestJson.Options))!;
        Assert.Equal((FollowUpKind.MeetingNote, pair.PairId, coordinator.PersonId), (entry.Kind, entry.PairId, entry.WrittenBy));
        Assert.Equal(["Prepare the interview", "Call the training centre"], entry.NextActions);
        Assert.Equal(PairHarness.Today.AddDays(14), entry.DueOn);
        Assert.InRange(entry.WrittenAt, DateTimeOffset.UtcNow.AddMinutes(-1), DateTimeOffset.UtcNow.AddMinutes(1));
        Assert.Equal($"/api/pairs/{pair.PairId}/follow-up/{entry.Id}", response.Headers.Location?.OriginalString);
        var read = await (await PairHarness.ExpectAsync(pair.Coordinator.GetAsync(response.Headers.Location), HttpStatusCode.OK))
            .Content.ReadFromJsonAsync<FollowUpEntryView>(TestJson.Options);
        Assert.Equal(entry.Progress, read!.Progress);
    }

    [Fact]
    public async Task The_log_is_listed_newest_first_a_page_at_a_time_with_its_total()
    {
        var pair = await PairHarness.ProposeAsync(factory);
        var url = $"{pair.Url}/follow-up";
        for (var i = 1; i <= 5; i++)
            await PairHarness.ExpectAsync(pair.Coordinator.PostAsJsonAsync(url, Contact($"Contact {i}")), HttpStatusCode.Created);

        var first = await PageAsync(pair.Coordinator, $"{url}?page=1&pageSize=2");
        var third = await PageAsync(pair.Coordinator, $"{url}?page=3&pageSize=2");
        var whole = await PageAsync(pair.Coordinator, url);

        Assert.Equal((5, 2), (first.Total, first.PageSize));
        Assert.Equal(["Contact 5", "Contact 4"], first.Items.Select(e => e.Summary));
        Assert.Equal(["Contact 1"], third.Items.Select(e => e.Summary));
        Assert.Equal((20, 5), (whole.PageSize, whole.Items.Count));
        var tooLarge = await PairHarness.ProblemAsync(pair.Coordinator.GetAsync($"{url}?pageSize=101"), HttpStatusCode.BadRequest);
        Assert.Contains("100", tooLarge.GetProperty("errors").GetProperty("pageSize")[0].GetString());
        await PairHarness.ProblemAsync(pair.Coordinator.GetAsync($"{url}?page=0"), HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_retried_post_with_the_same_entryId_answers_the_stored_entry_once()
    {
        var pair = await PairHarness.ProposeAsync(factory);
        var url = $"{pair.Url}/follow-up";
        var entryId = Guid.NewGuid();

        var created = await PairHarness.ExpectAsync(pair.Coordinator.PostAsJsonAsync(url, Contact(entryId: entryId)), HttpStatusCode.Created);
        var retried = await PairHarness.ExpectAsync(pair.Coordinator.PostAsJsonAsync(url, Contact(entryId: entryId)), HttpStatusCode.OK);
        var racing = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => pair.Coordinator.PostAsJsonAsync(url, Contact(entryId: entryId))));

        Assert.Equal(
            (await created.Content.ReadFromJsonAsync<FollowUpEntryView>(TestJson.Options))!.WrittenAt,
            (await retried.Content.ReadFromJsonAsync<FollowUpEntryView>(TestJson.Options))!.WrittenAt);
        Assert.All(racing, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.Equal(entryId, Assert.Single((await PageAsync(pair.Coordinator, url)).Items).Id);
        var other = await PairHarness.ProposeAsync(factory, pair.ProgrammeId);
        await PairHarness.ProblemAsync(other.Coordinator.PostAsJsonAsync($"{other.Url}/follow-up", Contact(entryId: entryId)), HttpStatusCode.Conflict);
    }

    [Theory]
    [InlineData("""{"kind":"call","with":"mentee","channel":"phone","heldOn":"2026-01-05","summary":"x"}""", "kind")]
    [InlineData("""{"kind":"contact","with":"coach","channel":"phone","heldOn":"2026-01-05","summary":"x"}""", "with")]
    [InlineData("""{"kind":"contact","with":"both","channel":"pigeon","heldOn":"2026-01-05","summary":"x"}""", "channel")]
    [InlineData("""{"kind":"contact","with":"both","channel":"mail","summary":"x"}""", "heldOn")]
    [InlineData("""{"kind":"contact","with":"both","channel":"mail","heldOn":"2099-01-05","summary":"x"}""", "heldOn")]
    [InlineData("""{"kind":"contact","with":"both","channel":"mail","heldOn":"2026-01-05"}""", "summary")]
    [InlineData("""{"kind":"contact","with":"both","channel":"mail","heldOn":"2026-01-05","summary":"x","progress":"y"}""", "progress")]
    [InlineData("""{"kind":"meeting-note"}""", "progress")]
    [InlineData("""{"kind":"meeting-note","progress":"y","summary":"x"}""", "summary")]
    [InlineData("""{"kind":"meeting-note","progress":"y","nextActions":["a","b","c","d","e","f","g","h","i","j","k"]}""", "nextActions")]
    [InlineData("""{"kind":"meeting-note","progress":"y","nextActions":["a",""]}""", "nextActions[1]")]
    [InlineData("""{"entryId":"00000000-0000-0000-0000-000000000000","kind":"meeting-note","progress":"y"}""", "entryId")]
    public async Task Invalid_entries_are_refused_naming_the_field(string body, string field)
    {
        var pair = await PairHarness.ProposeAsync(factory);

        var problem = await PairHarness.ProblemAsync(
            pair.Coordinator.PostAsync($"{pair.Url}/follow-up", new StringContent(body, System.Text.Encoding.UTF8, "application/json")),
            HttpStatusCode.BadRequest);

        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
        Assert.Equal(0, (await PageAsync(pair.Coordinator, $"{pair.Url}/follow-up")).Total);
    }

    [Fact]
    public async Task Texts_longer_than_their_limit_are_refused_before_the_database()
    {
        var pair = await PairHarness.ProposeAsync(factory);
        var url = $"{pair.Url}/follow-up";

        var summary = await PairHarness.ProblemAsync(
            pair.Coordinator.PostAsJsonAsync(url, Contact(new string('s', FollowUpEntry.TextMaxLength + 1))), HttpStatusCode.BadRequest);
        var action = await PairHarness.ProblemAsync(
            pair.Coordinator.PostAsJsonAsync(url, new { kind = "meeting-note", progress = "ok", nextActions = new[] { new string('a', FollowUpEntry.NextActionMaxLength + 1) } }),
            HttpStatusCode.BadRequest);
        await PairHarness.ExpectAsync(
            pair.Coordinator.PostAsJsonAsync(url, Contact(new string('s', FollowUpEntry.TextMaxLength))), HttpStatusCode.Created);

        Assert.True(summary.GetProperty("errors").TryGetProperty("summary", out _));
        Assert.True(action.GetProperty("errors").TryGetProperty("nextActions[0]", out _));
    }

    [Fact]
    public async Task An_unknown_pair_is_not_found()
    {
        var coordinator = factory.CreateClient(TestUser.Coordinator(Guid.NewGuid()));

        await PairHarness.ProblemAsync(coordinator.GetAsync($"/api/pairs/{Guid.NewGuid()}/follow-up"), HttpStatusCode.NotFound);
        await PairHarness.ProblemAsync(coordinator.PostAsJsonAsync($"/api/pairs/{Guid.NewGuid()}/follow-up", Contact()), HttpStatusCode.NotFound);
    }

    private static async Task<PagedResult<FollowUpEntryView>> PageAsync(HttpClient client, string url)
    {
        var response = await PairHarness.ExpectAsync(client.GetAsync(url), HttpStatusCode.OK);
        return (await response.Content.ReadFromJsonAsync<PagedResult<FollowUpEntryView>>(TestJson.Options))!;
    }
}
