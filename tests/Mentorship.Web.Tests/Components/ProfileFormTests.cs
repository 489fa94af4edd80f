using System.Net;
using System.Text.Json;
using Bunit;
using Mentorship.Web.Components.Pages;
using Mentorship.Web.Components.Privacy;
using Mentorship.Web.Tests.Support;

namespace Mentorship.Web.Tests.Components;

public sealed class ProfileFormTests : WebTestContext
{
    [Fact]
    public void The_person_sees_their_name_and_language_and_saves_new_ones()
    {
        Gateway.Answer("GET /api/me/profile", HttpStatusCode.OK, Profile("ada.l", "fr", """[ { "provider": "uclouvain", "institution": "UCLouvain", "linkedAt": "2026-12-01T10:00:00Z" } ]"""));
        Gateway.Answer("PUT /api/me/profile", HttpStatusCode.OK, Profile("Ada Lovelace", "nl", "[]"));
        var form = Render<ProfileForm>();
        form.WaitForElement("#display-name");

        Assert.Equal("ada.l", form.Find("#display-name").GetAttribute("value"));
        Assert.Equal("fr", form.Find("#preferred-language").GetAttribute("value"));
        Assert.Contains("UCLouvain", form.Find(".linked-accounts").TextContent);
        form.Find("#display-name").Change("Ada Lovelace");
        form.Find("#preferred-language").Change("nl");
        form.Find("form.profile-fields").Submit();

        form.WaitForElement("[role=status]");
        var sent = JsonDocument.Parse(Gateway.Requests.Single(r => r.Route == "PUT /api/me/profile").Body!).RootElement;
        Assert.Equal(("Ada Lovelace", "nl"), (sent.GetProperty("displayName").GetString(), sent.GetProperty("preferredLanguage").GetString()));
        Assert.Equal($"Bearer {Token}", Gateway.Requests.Single(r => r.Route == "PUT /api/me/profile").Authorization);
    }

    [Fact]
    public void A_refused_name_is_said_beside_its_field()
    {
        Gateway.Answer("GET /api/me/profile", HttpStatusCode.OK, Profile("ada.l", "en", "[]"));
        Gateway.Answer("PUT /api/me/profile", HttpStatusCode.BadRequest, """
            { "title": "One or more validation errors occurred.", "status": 400,
              "errors": { "displayName": [ "displayName must be 1 to 60 characters once trimmed, without control characters." ] } }
            """);
        var form = Render<ProfileForm>();
        form.WaitForElement("#display-name");

        form.Find("#display-name").Change("   ");
        form.Find("form.profile-fields").Submit();

        form.WaitForElement("#display-name-error");
        Assert.Contains("1 to 60 characters", form.Find("#display-name-error").TextContent);
        Assert.Equal("true", form.Find("#display-name").GetAttribute("aria-invalid"));
        Assert.Contains("display-name-error", form.Find("#display-name").GetAttribute("aria-describedby"));
        Assert.Empty(form.FindAll("[role=status]"));
    }

    [Fact]
    public void My_data_shows_the_profile_section()
    {
        Gateway.Answer("GET /api/me/profile", HttpStatusCode.OK, Profile("ada.l", "en", "[]"));
        Gateway.Answer("GET /api/me/applications?page=1&pageSize=20", HttpStatusCode.OK, """{ "items": [], "page": 1, "pageSize": 20, "total": 0 }""");

        var page = Render<MyData>();

        page.WaitForElement("#display-name");
        Assert.Equal("How the platform names you", page.Find("#profile-heading").TextContent);
    }

    private string Profile(string displayName, string language, string linkedAccounts) => $$"""
        { "personId": "{{PersonId}}", "displayName": "{{displayName}}", "preferredLanguage": "{{language}}", "email": "ada@example.org", "linkedAccounts": {{linkedAccounts}} }
        """;
}
