using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Mentorship.Testing;

namespace Mentorship.EndToEnd.Tests;

/// <summary>
/// The steps of the mentoring journey as people take them through the gateway: each asserts the
/// answer it gets, not only its status code.
/// </summary>
public sealed class Journey(Gateway gateway)
{
    public Guid ProgrammeId { get; private set; }

    public HttpClient Coordinator { get; private set; } = null!;

    public async Task CreateProgrammeAsync()
    {
        using var admin = await gateway.ClientAsync(Guid.NewGuid(), "Programme Admin", ["programme-admin"]);
        var response = await admin.PostAsJsonAsync("/api/programmes", new
        {
            templateId = "mentoryou",
            name = $"MentorYou Brussels {Guid.NewGuid():N}",
            cohort = "2026-2027",
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var programme = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("mentoryou", programme.GetProperty("templateId").GetString());
        Assert.Equal(2, programme.GetProperty("meetingsPerMonth").GetInt32());
        ProgrammeId = programme.GetProperty("id").GetGuid();
        Coordinator = await gateway.ClientAsync(Guid.NewGuid(), "Coordinator", ["coordinator"], ProgrammeId);
    }

    /// <summary>Follows a programme created elsewhere (a partner-led one, say), as its coordinator.</summary>
    public void Follow(Guid programmeId, HttpClient coordinator) => (ProgrammeId, Coordinator) = (programmeId, coordinator);

    /// <summary>The person applies with their own token; the coordinator records the preparation and approves.</summary>
    public async Task<Participant> ApplyAndGetApprovedAsync(string role, string name, string sector, string language = "fr")
    {
        var personId = Guid.NewGuid();
        var client = await gateway.ClientAsync(personId, name, [role]);
        var answers = role == "mentee"
            ? (object)new { foreignBackground = "foreign-origin", workPermit = true, frenchLevel = "B2", activelyJobSeeking = true, wantsMentor = true }
            : new { professionallyActive = true, hasMeetingPlace = true };
        var response = await client.PostAsJsonAsync($"/api/programmes/{ProgrammeId}/applications", new
        {
            role,
            person = new { firstName = name, lastName = "Test", email = $"{personId:N}@example.org", birthDate = role == "mentee" ? "1995-05-05" : "1975-05-05", language },
            profile = new
            {
                region = "BE-BRU",
                sectors = new[] { sector },
                jobFunction = "operations",
                background = new[] { "engineering" },
                languages = new[] { "fr", "en" },
                expectations = new[] { "job-search", "network" },
                hobbies = new[] { "football" },
                capacity = role == "mentor" ? 1 : (int?)null,
            },
            answers,
            consent = new { noticeVersion = "2026-12", contactSharing = true, research = true },
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var application = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(application.GetProperty("eligible").GetBoolean());
        var applicationId = application.GetProperty("id").GetGuid();

        foreach (var step in application.GetProperty("preparation").EnumerateArray().Select(s => s.GetProperty("step").GetString()))
            Assert.Equal(HttpStatusCode.OK, (await Coordinator.PostAsync($"/api/applications/{applicationId}/preparation/{step}", null)).StatusCode);
        var approved = await Coordinator.PostAsync($"/api/applications/{applicationId}/approve", null);
        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        Assert.Equal("approved", (await approved.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
        return new Participant(personId, name, client, $"{personId:N}@example.org");
    }

    public Task WaitForMatchingPoolAsync(int mentees, int mentors) =>
        Eventually.Get<object>(async () =>
        {
            var response = await Coordinator.GetAsync($"/api/programmes/{ProgrammeId}/matching/pool");
            if (!response.IsSuccessStatusCode)
                return null;
            var pool = await response.Content.ReadFromJsonAsync<JsonElement>();
            return pool.GetProperty("menteesWaiting").GetInt32() == mentees && pool.GetProperty("mentors").GetInt32() == mentors ? pool : null;
        }, $"{mentees} mentees and {mentors} mentors in the matching pool");

    public async Task<JsonElement> RunMatchingRoundAsync()
    {
        var started = await Coordinator.PostAsJsonAsync($"/api/programmes/{ProgrammeId}/matching-rounds", new { mode = "max-participation" });
        Assert.Equal(HttpStatusCode.Accepted, started.StatusCode);
        var roundId = (await started.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("roundId").GetGuid();
        var round = await Eventually.Get<object>(async () =>
        {
            var view = await Coordinator.GetFromJsonAsync<JsonElement>($"/api/matching-rounds/{roundId}?pageSize=50");
            return view.GetProperty("round").GetProperty("status").GetString() is "queued" or "running" ? null : view;
        }, "the matching round completed");
        return (JsonElement)round;
    }

    public async Task<JsonElement> PublishAsync(Guid roundId)
    {
        var response = await Coordinator.PostAsJsonAsync($"/api/matching-rounds/{roundId}/publish", new { });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>The pairs a published round opened, each with its two members.</summary>
    public async Task<List<(Guid PairId, Participant Mentee, Participant Mentor)>> PublishedPairsAsync(
        Guid roundId, IReadOnlyList<Participant> mentees, IReadOnlyList<Participant> mentors)
    {
        var published = await Coordinator.GetFromJsonAsync<JsonElement>($"/api/matching-rounds/{roundId}");
        return published.GetProperty("proposals").GetProperty("items").EnumerateArray()
            .Select(p => (
                PairId: p.GetProperty("pairId").GetGuid(),
                Mentee: mentees.Single(m => m.PersonId == p.GetProperty("menteeId").GetGuid()),
                Mentor: mentors.Single(m => m.PersonId == p.GetProperty("mentorId").GetGuid())))
            .ToList();
    }

    /// <summary>A proposed pair made active: the mentor accepts, they meet and find a fit, both sign.</summary>
    public static async Task ActivateAsync(Guid pairId, Participant mentee, Participant mentor)
    {
        await WaitForPairAsync(mentor.Client, pairId);
        await SendAsync(mentor.Client, $"/api/pairs/{pairId}/mentor-decision", new { accept = true });
        await SendAsync(mentor.Client, $"/api/pairs/{pairId}/first-meeting", new { heldOn = DateTime.UtcNow.ToString("yyyy-MM-dd"), fit = true });
        await SendAsync(mentee.Client, $"/api/pairs/{pairId}/contract/sign", new { });
        await SendAsync(mentor.Client, $"/api/pairs/{pairId}/contract/sign", new { });
    }

    /// <summary>Waits until Messaging has opened the pair's thread: it hears of the pair by an event, after Pairing.</summary>
    public static Task WaitForThreadAsync(HttpClient member, Guid pairId) =>
        Eventually.Get<object>(async () =>
            (await member.GetAsync($"/api/pairs/{pairId}/messages")).IsSuccessStatusCode ? true : null, $"pair {pairId}'s thread opened in Messaging");

    public static async Task<JsonElement> WaitForPairAsync(HttpClient member, Guid pairId)
    {
        var pair = await Eventually.Get<object>(async () =>
        {
            var response = await member.GetAsync($"/api/pairs/{pairId}");
            return response.IsSuccessStatusCode ? await response.Content.ReadFromJsonAsync<JsonElement>() : null;
        }, $"pair {pairId} opened in Pairing");
        return (JsonElement)pair;
    }

    /// <summary>POSTs and checks the status code, showing the body when it differs; returns the body.</summary>
    public static async Task<JsonElement> SendAsync(HttpClient client, string path, object body, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var response = await client.PostAsJsonAsync(path, body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"POST {path}: expected {(int)expected}, got {(int)response.StatusCode} {text}");
        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>Answers the respondent's pending closure survey (the baseline of the activation waits too): given effects, the maximum on other scales, yes, two benefits.</summary>
    public static async Task<Guid> AnswerSurveyAsync(HttpClient respondent, int effect)
    {
        var pending = await Eventually.Get<object>(async () =>
        {
            var page = await respondent.GetFromJsonAsync<JsonElement>("/api/me/surveys?status=pending");
            foreach (var survey in page.GetProperty("items").EnumerateArray())
            {
                if (survey.GetProperty("kind").GetString() == "closure")
                    return survey;
            }

            return null;
        }, "a closure survey assigned");
        var surveyId = ((JsonElement)pending).GetProperty("id").GetGuid();
        var survey = await respondent.GetFromJsonAsync<JsonElement>($"/api/surveys/{surveyId}");

        var answers = new Dictionary<string, object>();
        foreach (var item in survey.GetProperty("items").EnumerateArray())
        {
            var id = item.GetProperty("id").GetString()!;
            switch (item.GetProperty("type").GetString())
            {
                case "scale" when item.GetProperty("min").GetInt32() == -3:
                    answers[id] = effect;
                    break;
                case "scale":
                    answers[id] = item.GetProperty("max").GetInt32();
                    break;
                case "yes-no":
                    answers[id] = true;
                    break;
                case "multi-choice":
                    answers[id] = item.GetProperty("options").EnumerateArray().Take(2).Select(o => o.GetProperty("id").GetString()).ToArray();
                    break;
            }
        }

        var response = await respondent.PostAsJsonAsync($"/api/surveys/{surveyId}/responses", new { answers });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return surveyId;
    }
}
