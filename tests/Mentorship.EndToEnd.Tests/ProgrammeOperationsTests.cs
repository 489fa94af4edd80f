using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Mentorship.Testing;

namespace Mentorship.EndToEnd.Tests;

/// <summary>
/// A coordinator's daily work on a partner-led programme (pollem) through the gateway: the faculty's
/// file imported (and imported again without effect), a referent given a pair, a concern escalated and
/// resolved, a check-in answered, and the roll-up report across the template's programmes.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class ProgrammeOperationsTests(PlatformFixture platform)
{
    // An institution of its own, so the roll-up's row is this test's programme alone.
    private static readonly string Institution = $"Haute École {Guid.NewGuid():N}";

    [Fact]
    public async Task A_cohort_is_imported_followed_by_a_referent_its_concern_escalated_and_resolved_checked_in_and_rolled_up()
    {
        var gateway = new Gateway(platform.Gateway);
        var programmeId = await CreatePollemProgrammeAsync(gateway);
        using var coordinator = await gateway.ClientAsync(Guid.NewGuid(), "Coordinator", ["coordinator"], programmeId);

        // Import: 10 students and 2 teachers; the same file again creates nothing.
        var file = ApplicationImportFiles.Csv(ApplicationImportFiles.Pollem(12, Guid.NewGuid().ToString("N")[..8]));
        var preview = await ReadAsync(await coordinator.UploadApplicationsAsync(programmeId, file, "preview", "faculty.csv", ApplicationImportFiles.CsvType), HttpStatusCode.OK);
        Assert.Equal((12, 12), (preview.GetProperty("total").GetInt32(), preview.GetProperty("valid").GetInt32()));
        var imported = await ImportAsync(coordinator, programmeId, file);
        Assert.Equal((12, 0), (imported.GetProperty("created").GetInt32(), imported.GetProperty("duplicate").GetInt32()));
        var again = await ImportAsync(coordinator, programmeId, file);
        Assert.Equal((0, 12), (again.GetProperty("created").GetInt32(), again.GetProperty("duplicate").GetInt32()));

        await ApproveAllAsync(coordinator, programmeId);
        var journey = new Journey(gateway);
        journey.Follow(programmeId, coordinator);
        await journey.WaitForMatchingPoolAsync(mentees: 10, mentors: 2);
        var round = await journey.RunMatchingRoundAsync();
        var roundId = round.GetProperty("round").GetProperty("id").GetGuid();
        Assert.Equal(10, (await journey.PublishAsync(roundId)).GetProperty("published").GetInt32());
        var proposal = (await coordinator.GetFromJsonAsync<JsonElement>($"/api/matching-rounds/{roundId}"))
            .GetProperty("proposals").GetProperty("items").EnumerateArray().First();
        var pairId = proposal.GetProperty("pairId").GetGuid();
        var mentee = await ParticipantAsync(gateway, proposal.GetProperty("menteeId").GetGuid(), "mentee");
        var mentor = await ParticipantAsync(gateway, proposal.GetProperty("mentorId").GetGuid(), "mentor");
        await Journey.ActivateAsync(pairId, mentee, mentor);

        // A referent on the roster is given the pair; another referent of the programme sees nothing of it.
        var referentId = Guid.NewGuid();
        using var referent = await gateway.ClientAsync(referentId, "Referent", ["referent"], programmeId);
        using var otherReferent = await gateway.ClientAsync(Guid.NewGuid(), "Other Referent", ["referent"], programmeId);
        Assert.Equal(HttpStatusCode.Created, (await referent.PutAsync($"/api/programmes/{programmeId}/referents/me", null)).StatusCode);
        await PutAsync(coordinator, $"/api/pairs/{pairId}/referent", new { personId = referentId });
        Assert.Equal(HttpStatusCode.OK, (await referent.GetAsync($"/api/pairs/{pairId}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await otherReferent.GetAsync($"/api/pairs/{pairId}")).StatusCode);

        // A concern: the referent acknowledges it and escalates it to the programme's contact, who resolves it.
        var contactId = Guid.NewGuid();
        using var contact = await gateway.ClientAsync(contactId, "Escalation Contact", ["coordinator"], programmeId);
        await PutAsync(coordinator, $"/api/programmes/{programmeId}/concern-escalation",
            new { firstResponseHours = 24, tiers = new[] { new { contacts = new[] { contactId }, acknowledgeWithinHours = 24 } } });
        var concern = await Journey.SendAsync(mentee.Client, "/api/concerns",
            new { programmeId, pairId, category = "well-being", severity = "high", text = "Je me sens dépassé." }, HttpStatusCode.Created);
        var concernId = concern.GetProperty("id").GetGuid();
        await StepAsync(referent, concernId, "acknowledge", "acknowledged");
        await StepAsync(referent, concernId, "escalate", "escalated");
        await StepAsync(contact, concernId, "acknowledge", "acknowledged");
        await StepAsync(contact, concernId, "start", "in-progress");
        await StepAsync(contact, concernId, "resolve", "resolved");
        var audited = await contact.GetFromJsonAsync<JsonElement>($"/api/concerns/{concernId}");
        Assert.Equal(
            ["open", "acknowledged", "escalated", "acknowledged", "in-progress", "resolved"],
            audited.GetProperty("steps").EnumerateArray().Select(step => step.GetProperty("to").GetString()));

        // A check-in now: the active pair's members get a pulse, and the mentee answers it.
        await Eventually.Get<object>(async () =>
        {
            var sent = await Journey.SendAsync(coordinator, $"/api/programmes/{programmeId}/check-ins", new { });
            return sent.GetProperty("pairs").GetInt32() == 1 ? sent : null;
        }, "a check-in sent to the active pair");
        var pulse = await PendingSurveyAsync(mentee.Client, "pulse");
        var answered = await mentee.Client.PostAsJsonAsync($"/api/surveys/{pulse}/responses",
            new { answers = new Dictionary<string, object> { ["satisfaction"] = 4 } });
        Assert.Equal(HttpStatusCode.Created, answered.StatusCode);

        // The roll-up: this programme's institution among the template's programmes.
        await Journey.SendAsync(coordinator, $"/api/pairs/{pairId}/close", new { outcome = "studies" });
        var rollup = (JsonElement)await Eventually.Get<object>(async () =>
        {
            var report = await coordinator.GetFromJsonAsync<JsonElement>("/api/reports/rollup?template=pollem");
            var row = report.GetProperty("rows").EnumerateArray()
                .FirstOrDefault(r => r.GetProperty("institution").GetString() == Institution);
            return row.ValueKind == JsonValueKind.Object && row.GetProperty("closed").GetInt32() == 1 ? row : null;
        }, "the closed pair counted in the roll-up");
        // Formed means activated: one pair of the ten got that far, and it closed on studies.
        Assert.Equal((1, 1, 0, 1), (rollup.GetProperty("programmes").GetInt32(), rollup.GetProperty("pairsFormed").GetInt32(),
            rollup.GetProperty("active").GetInt32(), rollup.GetProperty("positiveExits").GetInt32()));
    }

    private static async Task<Guid> CreatePollemProgrammeAsync(Gateway gateway)
    {
        using var admin = await gateway.ClientAsync(Guid.NewGuid(), "Programme Admin", ["programme-admin"]);
        var created = await admin.PostAsJsonAsync("/api/programmes", new
        {
            templateId = "pollem",
            name = $"POLLEM {Guid.NewGuid():N}",
            cohort = "2026-2027",
            institution = Institution,
        });
        return (await ReadAsync(created, HttpStatusCode.Created)).GetProperty("id").GetGuid();
    }

    private static async Task<JsonElement> ImportAsync(HttpClient coordinator, Guid programmeId, byte[] file)
    {
        var accepted = await coordinator.UploadApplicationsAsync(programmeId, file, "import", "faculty.csv", ApplicationImportFiles.CsvType);
        var importId = (await ReadAsync(accepted, HttpStatusCode.Accepted)).GetProperty("id").GetGuid();
        return (JsonElement)await Eventually.Get<object>(async () =>
        {
            var import = await coordinator.GetFromJsonAsync<JsonElement>($"/api/programmes/{programmeId}/applications/imports/{importId}");
            return import.GetProperty("status").GetString() == "completed" ? import : null;
        }, "the import completed");
    }

    /// <summary>Every submitted application of the programme: its preparation recorded, then approved.</summary>
    private static async Task ApproveAllAsync(HttpClient coordinator, Guid programmeId)
    {
        var page = await coordinator.GetFromJsonAsync<JsonElement>($"/api/programmes/{programmeId}/applications?status=submitted&pageSize=50");
        foreach (var summary in page.GetProperty("items").EnumerateArray())
        {
            var applicationId = summary.GetProperty("id").GetGuid();
            var application = await coordinator.GetFromJsonAsync<JsonElement>($"/api/applications/{applicationId}");
            foreach (var step in application.GetProperty("preparation").EnumerateArray().Select(s => s.GetProperty("step").GetString()))
                await Journey.SendAsync(coordinator, $"/api/applications/{applicationId}/preparation/{step}", new { });
            await Journey.SendAsync(coordinator, $"/api/applications/{applicationId}/approve", new { });
        }
    }

    private static async Task<Participant> ParticipantAsync(Gateway gateway, Guid personId, string role) =>
        new(personId, role, await gateway.ClientAsync(personId, role, [role]), $"{personId:N}@example.org");

    private static async Task StepAsync(HttpClient handler, Guid concernId, string step, string status)
    {
        var changed = await Journey.SendAsync(handler, $"/api/concerns/{concernId}/{step}", new { note = $"{step} in the end-to-end test" });
        Assert.Equal(status, changed.GetProperty("status").GetString());
    }

    private static async Task PutAsync(HttpClient client, string path, object body)
    {
        var response = await client.PutAsJsonAsync(path, body);
        Assert.True(response.IsSuccessStatusCode, $"PUT {path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    private static async Task<Guid> PendingSurveyAsync(HttpClient respondent, string kind) =>
        ((JsonElement)await Eventually.Get<object>(async () =>
        {
            var page = await respondent.GetFromJsonAsync<JsonElement>("/api/me/surveys?status=pending");
            return page.GetProperty("items").EnumerateArray()
                .Where(s => s.GetProperty("kind").GetString() == kind)
                .Select(s => (object?)s)
                .FirstOrDefault();
        }, $"a {kind} survey assigned")).GetProperty("id").GetGuid();

    private static async Task<JsonElement> ReadAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{response.RequestMessage?.RequestUri}: expected {(int)expected}, got {(int)response.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }
}
