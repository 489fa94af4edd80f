using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Mentorship.Enrollment.Contracts;
using Mentorship.Testing;

namespace Mentorship.Enrollment.Tests.Integration;

public sealed class ProgrammesApiTests(EnrollmentFactory factory) : IClassFixture<EnrollmentFactory>
{
    [Fact]
    public async Task A_programme_admin_creates_a_programme_with_the_template_defaults_and_announces_it()
    {
        var name = $"MentorYou Brussels {Guid.NewGuid():N}";
        var response = await factory.CreateClient(TestUser.ProgrammeAdmin())
            .PostAsJsonAsync("/api/programmes", new { templateId = "mentoryou", name, cohort = "2026-B" });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var programme = await response.Content.ReadFromJsonAsync<JsonElement>();
        var id = programme.GetProperty("id").GetGuid();
        Assert.Equal($"/api/programmes/{id}", response.Headers.Location!.OriginalString);
        Assert.Equal(2, programme.GetProperty("meetingsPerMonth").GetInt32());
        Assert.Equal(8, programme.GetProperty("weights").GetProperty("geography").GetDouble());
        Assert.Equal("intercultural-workshop", programme.GetProperty("mentor").GetProperty("preparation")[1].GetProperty("id").GetString());

        var announced = Assert.Single(await factory.PublishedAsync<ProgrammeCreated>(), e => e.ProgrammeId == id);
        Assert.Equal("mentoryou", announced.TemplateId);
        Assert.Equal(9, announced.Weights.Sector);
        Assert.Equal(6, announced.DurationMonths);
        Assert.Equal(name, announced.Name);
    }

    [Fact]
    public async Task Settings_given_at_creation_replace_the_template_defaults()
    {
        var response = await factory.CreateClient(TestUser.ProgrammeAdmin()).PostAsJsonAsync("/api/programmes", new
        {
            templateId = "pollem",
            name = $"POLLEM {Guid.NewGuid():N}",
            cohort = "2026",
            weights = new { hobbies = 0 },
            defaultMentorCapacity = 8,
        });

        var programme = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(0, programme.GetProperty("weights").GetProperty("hobbies").GetDouble());
        Assert.Equal(7, programme.GetProperty("weights").GetProperty("sector").GetDouble());
        Assert.Equal(8, programme.GetProperty("defaultMentorCapacity").GetInt32());
    }

    [Fact]
    public async Task The_same_programme_twice_is_a_conflict()
    {
        var client = factory.CreateClient(TestUser.ProgrammeAdmin());
        var body = new { templateId = "cjsm", name = $"CJSM {Guid.NewGuid():N}", cohort = "2027" };

        await client.PostAsJsonAsync("/api/programmes", body);
        var again = await client.PostAsJsonAsync("/api/programmes", body);

        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
    }

    [Fact]
    public async Task Only_a_programme_admin_creates_programmes()
    {
        var response = await factory.CreateClient(TestUser.Coordinator(Guid.NewGuid()))
            .PostAsJsonAsync("/api/programmes", new { templateId = "cjsm", name = "x", cohort = "y" });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Invalid_settings_are_refused_naming_each_field()
    {
        var response = await factory.CreateClient(TestUser.ProgrammeAdmin()).PostAsJsonAsync("/api/programmes", new
        {
            templateId = "unknown",
            name = "",
            cohort = "2026",
            weights = new { sector = 11 },
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Contains("mentoryou", errors.GetProperty("templateId")[0].GetString());
        Assert.True(errors.TryGetProperty("name", out _));
        Assert.True(errors.TryGetProperty("weights.sector", out _));
    }

    [Fact]
    public async Task A_value_of_the_wrong_type_is_refused_naming_the_field()
    {
        var response = await factory.CreateClient(TestUser.ProgrammeAdmin()).PostAsync("/api/programmes",
            JsonContent.Create(new { templateId = "cjsm", name = "x", cohort = "y", durationMonths = "twelve" }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("durationMonths", out _));
    }

    [Fact]
    public async Task Without_a_token_the_api_answers_401()
    {
        var response = await factory.CreateClient().GetAsync("/api/programmes");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Programmes_are_listed_by_page_with_a_total_and_read_one_by_one()
    {
        var id = await factory.CreateProgrammeAsync();
        var client = factory.CreateClient(TestUser.Mentee());

        var page = await client.GetFromJsonAsync<JsonElement>("/api/programmes?page=1&pageSize=200");
        var one = await client.GetFromJsonAsync<JsonElement>($"/api/programmes/{id}");
        var missing = await client.GetAsync($"/api/programmes/{Guid.NewGuid()}");
        var badPage = await client.GetAsync("/api/programmes?pageSize=1000");

        Assert.True(page.GetProperty("total").GetInt32() >= 1);
        Assert.Contains(page.GetProperty("items").EnumerateArray(), p => p.GetProperty("id").GetGuid() == id);
        Assert.Equal(id, one.GetProperty("id").GetGuid());
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, badPage.StatusCode);
    }

    [Fact]
    public async Task A_template_s_programmes_are_listed_alone_for_its_portal_entry_and_an_unknown_template_is_refused()
    {
        var pollem = await factory.CreateProgrammeAsync(template: "pollem");
        var other = await factory.CreateProgrammeAsync();
        var client = factory.CreateClient(TestUser.Mentee());

        var page = await client.GetFromJsonAsync<JsonElement>("/api/programmes?template=pollem&pageSize=200");
        var unknown = await client.GetAsync("/api/programmes?template=erasmus");

        var items = page.GetProperty("items").EnumerateArray().ToList();
        Assert.Contains(items, p => p.GetProperty("id").GetGuid() == pollem);
        Assert.DoesNotContain(items, p => p.GetProperty("id").GetGuid() == other);
        Assert.All(items, p => Assert.Equal("pollem", p.GetProperty("templateId").GetString()));
        var problem = await unknown.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Contains("template must be one of", problem.GetProperty("errors").GetProperty("template")[0].GetString());
    }

    [Fact]
    public async Task Templates_are_shown_to_staff_only()
    {
        var staff = await factory.CreateClient(TestUser.Coordinator(Guid.NewGuid())).GetFromJsonAsync<JsonElement>("/api/programme-templates");
        var mentee = await factory.CreateClient(TestUser.Mentee()).GetAsync("/api/programme-templates");

        Assert.Equal(5, staff.GetArrayLength());
        Assert.Equal(HttpStatusCode.Forbidden, mentee.StatusCode);
    }
}
