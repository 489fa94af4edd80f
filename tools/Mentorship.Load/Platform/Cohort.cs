using System.Net;
using System.Text.Json;

namespace Mentorship.Load.Platform;

/// <summary>
/// A fresh mentoryou programme created through the gateway, and its coordinator, who submits
/// applications on behalf of generated people (one person per application, keyed by a Guid).
/// </summary>
public sealed class Cohort(Guid programmeId, Guid coordinatorId, string coordinatorToken)
{
    public const int ListPageSize = 200;

    public Guid ProgrammeId { get; } = programmeId;

    public Guid CoordinatorId { get; } = coordinatorId;

    public string CoordinatorToken { get; } = coordinatorToken;

    public string ApplicationsPath => $"/api/programmes/{ProgrammeId}/applications";

    public static async Task<Cohort> CreateAsync(Uri gateway, CancellationToken cancellationToken)
    {
        var adminToken = await PlatformClient.TokenAsync(gateway, Guid.NewGuid(), "Load Admin", ["programme-admin"], [], cancellationToken);
        using var admin = new PlatformClient(gateway, adminToken, 1);
        var programme = await admin.PostAsync("/api/programmes", new
        {
            templateId = "mentoryou",
            name = $"Load {DateTime.UtcNow:yyyy-MM-dd HH:mm:ss} {Guid.NewGuid():N}",
            cohort = "2026-2027",
        }, HttpStatusCode.Created, cancellationToken);
        var programmeId = programme.GetProperty("id").GetGuid();

        var coordinatorId = Guid.NewGuid();
        var token = await PlatformClient.TokenAsync(gateway, coordinatorId, "Load Coordinator", ["coordinator"], [programmeId], cancellationToken);
        return new Cohort(programmeId, coordinatorId, token);
    }

    /// <summary>An eligible mentoryou application: mentees for even sequences, mentors (one seat) for odd ones.</summary>
    public static object Application(int sequence)
    {
        var personId = Guid.NewGuid();
        var mentee = sequence % 2 == 0;
        return new
        {
            role = mentee ? "mentee" : "mentor",
            personId,
            person = new
            {
                firstName = $"Load{sequence}",
                lastName = "Person",
                email = $"{personId:N}@load.example.org",
                birthDate = mentee ? "1995-05-05" : "1975-05-05",
                language = "fr",
            },
            profile = new
            {
                region = "BE-BRU",
                sectors = new[] { "ict" },
                jobFunction = "operations",
                background = new[] { "engineering" },
                languages = new[] { "fr", "en" },
                expectations = new[] { "job-search", "network" },
                hobbies = new[] { "football" },
                capacity = mentee ? (int?)null : 1,
            },
            answers = mentee
                ? (object)new { foreignBackground = "foreign-origin", workPermit = true, frenchLevel = "B2", activelyJobSeeking = true, wantsMentor = true }
                : new { professionallyActive = true, hasMeetingPlace = true },
        };
    }

    /// <summary>Submits the eligible application of this sequence (201): the created application, with its preparation steps.</summary>
    public Task<JsonElement> SubmitAsync(PlatformClient client, int sequence, CancellationToken cancellationToken) =>
        client.PostAsync(ApplicationsPath, Application(sequence), HttpStatusCode.Created, cancellationToken);

    /// <summary>Completes every preparation step of a submitted application, which then may be approved.</summary>
    public static async Task PrepareAsync(PlatformClient client, JsonElement created, CancellationToken cancellationToken)
    {
        var id = IdOf(created);
        foreach (var step in created.GetProperty("preparation").EnumerateArray().Select(s => s.GetProperty("step").GetString()))
            await client.PostAsync($"/api/applications/{id}/preparation/{step}", null, HttpStatusCode.OK, cancellationToken);
    }

    /// <summary>Approves a prepared application (200): Enrollment announces it to Matching's pool.</summary>
    public static Task ApproveAsync(PlatformClient client, Guid applicationId, CancellationToken cancellationToken) =>
        client.PostAsync($"/api/applications/{applicationId}/approve", null, HttpStatusCode.OK, cancellationToken);

    /// <summary>Every application id Enrollment lists for the programme, page by page.</summary>
    public async Task<List<Guid>> StoredApplicationsAsync(PlatformClient client, CancellationToken cancellationToken)
    {
        var stored = new List<Guid>();
        for (var page = 1; ; page++)
        {
            var result = await client.GetJsonAsync($"{ApplicationsPath}?pageSize={ListPageSize}&page={page}", cancellationToken);
            var items = result.GetProperty("items");
            stored.AddRange(items.EnumerateArray().Select(item => item.GetProperty("id").GetGuid()));
            if (items.GetArrayLength() < ListPageSize)
                return stored;
        }
    }

    public static Guid IdOf(JsonElement created) => created.GetProperty("id").GetGuid();
}
