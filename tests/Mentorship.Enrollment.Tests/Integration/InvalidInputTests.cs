using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Mentorship.Enrollment.Data;
using Mentorship.Testing;
using Microsoft.EntityFrameworkCore;
using static Mentorship.Enrollment.Tests.Integration.EnrollmentRequests;

namespace Mentorship.Enrollment.Tests.Integration;

/// <summary>Issue 11: input the service cannot use is a 400 naming the field and the rule, never a 500.</summary>
public sealed class InvalidInputTests(EnrollmentFactory factory) : IClassFixture<EnrollmentFactory>
{
    [Theory]
    [InlineData("""{ "name": "N", "cohort": "2026" }""")]
    [InlineData("""{ "templateId": null, "name": "N", "cohort": "2026" }""")]
    [InlineData("""{ "templateId": "", "name": "N", "cohort": "2026" }""")]
    public async Task Creating_a_programme_without_a_template_is_refused_naming_the_field(string body)
    {
        var response = await PostJsonAsync("/api/programmes", body);

        var error = await response.ValidationErrorAsync("templateId");
        Assert.Contains("required", error, StringComparison.Ordinal);
        Assert.Contains("mentoryou", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Creating_a_programme_with_nulls_for_every_field_is_refused_naming_each_one()
    {
        var response = await PostJsonAsync("/api/programmes", """{ "templateId": null, "name": null, "cohort": null, "weights": null }""");

        await response.ValidationErrorAsync("templateId");
        await response.ValidationErrorAsync("name");
        await response.ValidationErrorAsync("cohort");
    }

    [Theory]
    [InlineData("this is not JSON", "body")]
    [InlineData("""[1, 2]""", "body")]
    [InlineData("""{ "templateId": 5, "name": "N", "cohort": "2026" }""", "templateId")]
    [InlineData("""{ "templateId": "cjsm", "name": "N", "cohort": "2026", "weights": { "sector": "high" } }""", "weights.sector")]
    public async Task A_body_that_cannot_be_read_is_refused_naming_where(string body, string field)
    {
        var response = await PostJsonAsync("/api/programmes", body);

        await response.ValidationErrorAsync(field);
    }

    [Fact]
    public async Task A_programme_name_longer_than_its_column_is_refused_naming_the_field_and_the_limit()
    {
        var response = await factory.CreateClient(TestUser.ProgrammeAdmin()).PostAsJsonAsync("/api/programmes", new
        {
            templateId = "cjsm",
            name = new string('n', 201),
            cohort = new string('c', 51),
        });

        Assert.Contains("200", await response.ValidationErrorAsync("name"), StringComparison.Ordinal);
        Assert.Contains("50", await response.ValidationErrorAsync("cohort"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("reject")]
    [InlineData("withdraw")]
    public async Task A_decision_reason_longer_than_the_stored_column_is_refused_naming_the_field_and_the_limit(string decision)
    {
        var programme = await factory.CreateProgrammeAsync();
        var id = (await factory.CreateClient(TestUser.Mentee()).SubmitAsync(programme, Application("mentee", EligibleMenteeAnswers))).GetProperty("id").GetGuid();
        var coordinator = factory.CreateClient(TestUser.Coordinator(programme));

        var tooLong = await coordinator.PostAsJsonAsync($"/api/applications/{id}/{decision}", new { reason = new string('r', 1001) });
        var status = (await coordinator.GetFromJsonAsync<JsonElement>($"/api/applications/{id}")).GetProperty("status").GetString();
        var longest = await coordinator.PostAsJsonAsync($"/api/applications/{id}/{decision}", new { reason = new string('r', 1000) });

        Assert.Contains("1000", await tooLong.ValidationErrorAsync("reason"), StringComparison.Ordinal);
        Assert.Equal("submitted", status);
        Assert.Equal(HttpStatusCode.OK, longest.StatusCode);
    }

    [Fact]
    public async Task An_unknown_role_is_refused_naming_the_field()
    {
        var programme = await factory.CreateProgrammeAsync();
        var body = JsonSerializer.SerializeToNode(Application("mentee", EligibleMenteeAnswers))!.AsObject();
        body["role"] = "coach";

        var response = await factory.CreateClient(TestUser.Mentee()).PostAsJsonAsync($"/api/programmes/{programme}/applications", body);

        await response.ValidationErrorAsync("role");
    }

    [Fact]
    public async Task An_application_without_person_or_profile_is_refused_naming_each()
    {
        var programme = await factory.CreateProgrammeAsync();
        var body = new JsonObject { ["role"] = "mentor", ["person"] = null };

        var response = await factory.CreateClient(TestUser.Mentor()).PostAsJsonAsync($"/api/programmes/{programme}/applications", body);

        await response.ValidationErrorAsync("person");
        await response.ValidationErrorAsync("profile");
    }

    [Theory]
    [InlineData("page=2147483647", "page")]
    [InlineData("page=99999999999", "page")]
    [InlineData("pageSize=ten", "pageSize")]
    public async Task A_page_out_of_range_or_not_a_number_is_refused_naming_the_parameter(string query, string field)
    {
        var response = await factory.CreateClient(TestUser.Mentee()).GetAsync($"/api/programmes?{query}");

        await response.ValidationErrorAsync(field);
    }

    [Fact]
    public async Task A_string_too_long_for_its_column_never_reaches_the_database_even_without_a_validator()
    {
        var name = new string('n', 201);

        var refused = await Assert.ThrowsAsync<Mentorship.ServiceDefaults.Http.RequestValidationException>(() =>
            factory.QueryAsync<EnrollmentDbContext, int>(db =>
            {
                db.Programmes.Add(Programmes.New("cjsm", name, "2026"));
                return db.SaveChangesAsync();
            }));

        Assert.Contains("200", Assert.Single(refused.Errors["name"]), StringComparison.Ordinal);
        Assert.False(await factory.QueryAsync<EnrollmentDbContext, bool>(db => db.Programmes.AnyAsync(p => p.Name == name)));
    }

    private Task<HttpResponseMessage> PostJsonAsync(string path, string json) =>
        factory.CreateClient(TestUser.ProgrammeAdmin()).PostRawJsonAsync(path, json);
}
