using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Mentorship.Testing;

namespace Mentorship.Enrollment.Tests.Integration;

/// <summary>Calls of the Enrollment API with bodies as a front end sends them (plain JSON).</summary>
public static class EnrollmentRequests
{
    public static readonly JsonObject EligibleMenteeAnswers = new()
    {
        ["foreignBackground"] = "foreign-origin",
        ["workPermit"] = true,
        ["frenchLevel"] = "B2",
        ["activelyJobSeeking"] = true,
        ["wantsMentor"] = true,
    };

    public static readonly JsonObject EligibleMentorAnswers = new()
    {
        ["professionallyActive"] = true,
        ["hasMeetingPlace"] = true,
    };

    public static async Task<Guid> CreateProgrammeAsync(this ServiceFactory<Program> factory, string template = "mentoryou")
    {
        var response = await factory.CreateClient(TestUser.ProgrammeAdmin()).PostAsJsonAsync("/api/programmes", new
        {
            templateId = template,
            name = $"Programme {Guid.NewGuid():N}",
            cohort = "2026-2027",
        });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    public static object Application(string role, JsonObject answers, int? capacity = null, int? globalCapacity = null) => new
    {
        role,
        person = new { firstName = "Amina", lastName = "Benali", email = "amina@example.org", birthDate = "1994-03-02", language = "fr" },
        profile = new
        {
            region = "BE-BRU",
            sectors = new[] { "logistics" },
            jobFunction = "supply-chain",
            background = new[] { "engineering" },
            languages = new[] { "fr", "ar" },
            expectations = new[] { "job-search", "network" },
            hobbies = new[] { "football" },
            capacity,
            globalCapacity,
        },
        answers,
    };

    public static async Task<JsonElement> SubmitAsync(this HttpClient client, Guid programmeId, object application)
    {
        var response = await client.PostAsJsonAsync($"/api/programmes/{programmeId}/applications", application);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>The application with a consent statement against the current privacy notice.</summary>
    public static JsonObject WithConsent(object application, bool contactSharing, bool research)
    {
        var body = JsonSerializer.SerializeToNode(application, Json)!.AsObject();
        body["consent"] = new JsonObject { ["noticeVersion"] = "2026-12", ["contactSharing"] = contactSharing, ["research"] = research };
        return body;
    }

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
}
