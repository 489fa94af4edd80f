using System.Diagnostics;
using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Mentorship.ServiceDefaults.Hosting;
using Mentorship.Testing;

namespace Mentorship.EndToEnd.Tests;

[Collection(PlatformCollection.Name)]
public sealed class PersonDataTests(PlatformFixture platform)
{
    private static readonly string Today = DateTime.UtcNow.ToString("yyyy-MM-dd");

    [Fact]
    public async Task A_participant_exports_their_data_then_is_erased_from_every_database_and_cache()
    {
        var journey = new Journey(new Gateway(platform.Gateway));
        await journey.CreateProgrammeAsync();
        var name = $"Erasable{Guid.NewGuid():N}";
        var mentor = await journey.ApplyAndGetApprovedAsync("mentor", "Mentor Stays", "logistics");
        var mentee = await journey.ApplyAndGetApprovedAsync("mentee", name, "logistics");
        var (pairId, menteeId) = await PairAsync(journey, mentee);
        Assert.Equal(mentee.PersonId, menteeId);

        // A journey leaving something in every service: pair steps, messages both ways, a meeting, notes, a survey.
        await Journey.WaitForPairAsync(mentor.Client, pairId);
        await Journey.SendAsync(mentor.Client, $"/api/pairs/{pairId}/mentor-decision", new { accept = true, reason = $"Good fit for {name}" });
        await Journey.SendAsync(mentee.Client, $"/api/pairs/{pairId}/first-meeting", new { heldOn = Today, fit = true });
        await Journey.SendAsync(mentee.Client, $"/api/pairs/{pairId}/contract/sign", new { });
        await Journey.SendAsync(mentor.Client, $"/api/pairs/{pairId}/contract/sign", new { });
        await Journey.WaitForThreadAsync(mentee.Client, pairId);
        await Journey.SendAsync(mentee.Client, $"/api/pairs/{pairId}/messages", new { text = $"Bonjour, ici {name}" }, HttpStatusCode.Created);
        await Journey.SendAsync(mentor.Client, $"/api/pairs/{pairId}/messages", new { text = "Welcome!" }, HttpStatusCode.Created);
        // Reading the unread counts puts them in Redis for the mentee.
        Assert.Equal(HttpStatusCode.OK, (await mentee.Client.GetAsync("/api/me/unread")).StatusCode);
        await Journey.SendAsync(mentee.Client, $"/api/pairs/{pairId}/meetings",
            new { date = Today, durationMinutes = 60, place = $"{name}'s library", dimensions = new[] { "personal" } }, HttpStatusCode.Created);
        await Journey.SendAsync(journey.Coordinator, $"/api/pairs/{pairId}/close", new { outcome = "job", notes = $"{name} was hired" });
        await Journey.AnswerSurveyAsync(mentee.Client, effect: 2);

        // Export: one archive, one JSON file per service, each with the mentee's data.
        var clock = Stopwatch.StartNew();
        var export = await mentee.Client.GetAsync($"/api/people/{mentee.PersonId}/export");
        var exportTime = clock.Elapsed;
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        Assert.Equal("application/zip", export.Content.Headers.ContentType?.MediaType);
        var files = ReadArchive(await export.Content.ReadAsByteArrayAsync());
        Assert.Equal(ResourceNames.Backends.Select(s => s + ".json").Order(), files.Keys.Order());
        Assert.Contains(mentee.Email, files["enrollment.json"]);
        Assert.All(files.Values, file => Assert.Contains(mentee.PersonId.ToString(), file));
        Assert.Contains($"Bonjour, ici {name}", files["messaging.json"]);
        Assert.Contains($"{name} was hired", files["pairing.json"]);
        Console.WriteLine($"Export of a full journey: {exportTime.TotalMilliseconds:0} ms, {files.Values.Sum(f => f.Length)} characters in {files.Count} files.");

        // Refusals: someone else's data, a malformed id, an unknown person.
        Assert.Equal(HttpStatusCode.Forbidden, (await mentor.Client.GetAsync($"/api/people/{mentee.PersonId}/export")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await mentor.Client.DeleteAsync($"/api/people/{mentee.PersonId}")).StatusCode);
        var malformed = await mentee.Client.DeleteAsync("/api/people/not-a-uuid");
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
        Assert.Contains("personId", await malformed.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await journey.Coordinator.GetAsync($"/api/people/{Guid.NewGuid()}/export")).StatusCode);

        // Erasure: asked twice, one erasure; every service confirms.
        clock.Restart();
        var first = await mentee.Client.DeleteAsync($"/api/people/{mentee.PersonId}");
        Assert.Equal(HttpStatusCode.Accepted, first.StatusCode);
        var erasureId = (await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("erasureId").GetGuid();
        var second = await mentee.Client.DeleteAsync($"/api/people/{mentee.PersonId}");
        Assert.Equal(HttpStatusCode.Accepted, second.StatusCode);
        Assert.Equal(erasureId, (await second.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("erasureId").GetGuid());
        var status = await Eventually.Get<object>(async () =>
        {
            var view = await mentee.Client.GetFromJsonAsync<JsonElement>(first.Headers.Location!);
            return view.GetProperty("status").GetString() == "completed" ? view : null;
        }, "every service confirmed the erasure", seconds: 60);
        var erasureTime = clock.Elapsed;
        var services = ((JsonElement)status).GetProperty("services").EnumerateArray().ToList();
        Assert.Equal(ResourceNames.Backends.Order(), services.Select(s => s.GetProperty("service").GetString()).Order());
        Assert.All(services, s => Assert.Equal("completed", s.GetProperty("status").GetString()));
        Console.WriteLine($"Erasure confirmed by all {services.Count} services in {erasureTime.TotalMilliseconds:0} ms.");

        // Nothing left: not the id (with or without hyphens, so not the e-mail either), not the name.
        clock.Restart();
        var found = await new PlatformStores(platform).FindAsync(mentee.PersonId.ToString("D"), mentee.PersonId.ToString("N"), name);
        Console.WriteLine($"Searched every database and Redis in {clock.ElapsedMilliseconds} ms.");
        Assert.Empty(found);
        // The partner keeps their side.
        var remaining = await new PlatformStores(platform).FindAsync(mentor.PersonId.ToString("D"));
        Assert.NotEmpty(remaining);
    }

    private static async Task<(Guid PairId, Guid MenteeId)> PairAsync(Journey journey, Participant mentee)
    {
        await journey.WaitForMatchingPoolAsync(mentees: 1, mentors: 1);
        var round = await journey.RunMatchingRoundAsync();
        var roundId = round.GetProperty("round").GetProperty("id").GetGuid();
        Assert.Equal(1, (await journey.PublishAsync(roundId)).GetProperty("published").GetInt32());
        var published = await journey.Coordinator.GetFromJsonAsync<JsonElement>($"/api/matching-rounds/{roundId}");
        var proposal = published.GetProperty("proposals").GetProperty("items").EnumerateArray().Single();
        return (proposal.GetProperty("pairId").GetGuid(), proposal.GetProperty("menteeId").GetGuid());
    }

    private static Dictionary<string, string> ReadArchive(byte[] zip)
    {
        using var archive = new ZipArchive(new MemoryStream(zip));
        return archive.Entries.ToDictionary(e => e.FullName, e =>
        {
            using var reader = new StreamReader(e.Open());
            return reader.ReadToEnd();
        });
    }
}
