using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Mentorship.Enrollment.Domain;
using Mentorship.Testing;

namespace Mentorship.Enrollment.Tests.Integration;

/// <summary>Programmes with an application window or a capacity, and POLLEM mentees (no preparation step) to approve against it.</summary>
public static class RecruitmentRequests
{
    public static readonly JsonObject FirstYearStudent = new() { ["firstYearBachelor"] = true };

    /// <summary>Today in Brussels, the calendar the windows are in, moved by <paramref name="days"/>, as JSON writes it.</summary>
    public static string BrusselsDay(int days = 0) => ProgrammeCalendar.Today(TimeProvider.System).AddDays(days).ToString("yyyy-MM-dd");

    /// <summary>A POLLEM programme created with the given extra settings (applicationWindow, capacity, targetCohortSize).</summary>
    public static async Task<Guid> CreatePollemAsync(this ServiceFactory<Program> factory, object settings)
    {
        var body = JsonSerializer.SerializeToNode(settings, Json)!.AsObject();
        body["templateId"] = "pollem";
        body["name"] = $"POLLEM {Guid.NewGuid():N}";
        body["cohort"] = "2026-2027";
        var response = await factory.CreateClient(TestUser.ProgrammeAdmin()).PostAsJsonAsync("/api/programmes", body);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    /// <summary>A first-year student's application entered by staff, ready to approve.</summary>
    public static Task<Guid> EnterMenteeAsync(this HttpClient staff, Guid programmeId) =>
        staff.EnterAsync(programmeId, EnrollmentRequests.Application("mentee", FirstYearStudent));

    /// <summary>A teacher's application entered by staff: approved once onboarding is recorded.</summary>
    public static Task<Guid> EnterMentorAsync(this HttpClient staff, Guid programmeId) =>
        staff.EnterAsync(programmeId, EnrollmentRequests.Application("mentor", new JsonObject { ["teacher"] = true }, capacity: 6));

    private static async Task<Guid> EnterAsync(this HttpClient staff, Guid programmeId, object application)
    {
        var body = JsonSerializer.SerializeToNode(application, Json)!.AsObject();
        body["personId"] = Guid.NewGuid();
        return (await staff.SubmitAsync(programmeId, body)).GetProperty("id").GetGuid();
    }

    public static Task<HttpResponseMessage> ApproveAsync(this HttpClient staff, Guid applicationId) =>
        staff.PostAsync($"/api/applications/{applicationId}/approve", null);

    /// <summary>Asserts a 409 ProblemDetails and returns all of it (title, type, the rule's extensions).</summary>
    public static async Task<JsonElement> ConflictProblemAsync(this HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Conflict, $"Expected 409, got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return JsonSerializer.Deserialize<JsonElement>(body);
    }

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
}
