using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Mentorship.Enrollment.Contracts;
using Mentorship.Testing;

namespace Mentorship.Enrollment.Tests.Integration;

public sealed class ProgrammeInstitutionTests(EnrollmentFactory factory) : IClassFixture<EnrollmentFactory>
{
    [Fact]
    public async Task A_t_m_programme_is_created_for_one_university_spelled_as_the_template_spells_it_and_announced_with_it()
    {
        var response = await CreateAsync("team-mentorship", " uliège ");

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var view = await response.Content.ReadFromJsonAsync<JsonElement>();
        var programmeId = view.GetProperty("id").GetGuid();
        Assert.Equal("ULiège", view.GetProperty("institution").GetString());
        var shown = await factory.CreateClient(TestUser.Coordinator(programmeId)).GetFromJsonAsync<JsonElement>($"/api/programmes/{programmeId}");
        Assert.Equal("ULiège", shown.GetProperty("institution").GetString());
        var announced = Assert.Single(await factory.PublishedAsync<ProgrammeCreated>(), e => e.ProgrammeId == programmeId);
        Assert.Equal("ULiège", announced.Institution);
    }

    [Fact]
    public async Task Other_templates_take_any_institution_as_free_text_and_none_at_all()
    {
        var named = await CreateAsync("pollem", "  Université de Mons, Faculté des Sciences  ");
        var unnamed = await CreateAsync("pollem", null);

        Assert.Equal("Université de Mons, Faculté des Sciences", (await named.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("institution").GetString());
        Assert.Equal(JsonValueKind.Null, (await unnamed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("institution").ValueKind);
    }

    [Fact]
    public async Task An_institution_outside_the_t_m_universities_or_too_long_is_refused_naming_institution()
    {
        var outsider = await CreateAsync("team-mentorship", "KU Leuven");
        var tooLong = await CreateAsync("cjsm", new string('x', 121));

        Assert.Contains("UCLouvain, ULB, ULiège, UMONS, UNamur, USL-B", await outsider.ValidationErrorAsync("institution"));
        Assert.Contains("120", await tooLong.ValidationErrorAsync("institution"));
    }

    [Fact]
    public async Task A_coordinator_changes_the_institution_and_the_edit_announces_it()
    {
        var created = await CreateAsync("team-mentorship", "UMONS");
        var programmeId = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var coordinator = factory.CreateClient(TestUser.Coordinator(programmeId));

        var moved = await coordinator.PatchAsJsonAsync($"/api/programmes/{programmeId}", new { institution = "unamur" });
        var outsider = await coordinator.PatchAsJsonAsync($"/api/programmes/{programmeId}", new { institution = "Sorbonne" });
        var tooLong = await coordinator.PatchAsJsonAsync($"/api/programmes/{programmeId}", new { institution = new string('x', 121) });

        Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
        Assert.Equal("UNamur", (await moved.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("institution").GetString());
        Assert.Contains("USL-B", await outsider.ValidationErrorAsync("institution"));
        Assert.Contains("120", await tooLong.ValidationErrorAsync("institution"));
        var announced = Assert.Single(await factory.PublishedAsync<ProgrammeSettingsChanged>(), e => e.ProgrammeId == programmeId);
        Assert.Equal((1, "UNamur"), (announced.Revision, announced.Institution));
        var view = await coordinator.GetFromJsonAsync<JsonElement>($"/api/programmes/{programmeId}");
        Assert.Equal(("UNamur", 1), (view.GetProperty("institution").GetString(), view.GetProperty("settingsRevision").GetInt32()));
    }

    [Fact]
    public async Task A_refused_institution_is_explained_in_the_language_asked_at_creation_and_at_an_edit()
    {
        var admin = factory.CreateClient(TestUser.ProgrammeAdmin());
        admin.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fr-BE");
        var created = await CreateAsync("team-mentorship", "UMONS");
        var programmeId = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        var refused = await admin.PostAsJsonAsync(
            "/api/programmes", new { templateId = "team-mentorship", name = $"tm {Guid.NewGuid():N}", cohort = "2026", institution = "KU Leuven" });
        var edited = await factory.CreateClient(TestUser.Coordinator(programmeId))
            .PatchAsJsonAsync($"/api/programmes/{programmeId}?lang=nl", new { institution = "Sorbonne" });

        Assert.Equal(
            "institution d'un programme team-mentorship doit être l'une des valeurs suivantes : UCLouvain, ULB, ULiège, UMONS, UNamur, USL-B.",
            await refused.ValidationErrorAsync("institution"));
        Assert.Equal(
            "institution van een team-mentorship-programma moet een van deze waarden zijn: UCLouvain, ULB, ULiège, UMONS, UNamur, USL-B.",
            await edited.ValidationErrorAsync("institution"));
    }

    private Task<HttpResponseMessage> CreateAsync(string templateId, string? institution) =>
        factory.CreateClient(TestUser.ProgrammeAdmin()).PostAsJsonAsync(
            "/api/programmes", new { templateId, name = $"{templateId} {Guid.NewGuid():N}", cohort = "2026", institution });
}
