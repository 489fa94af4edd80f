using System.Net;
using System.Text.Json;
using Bunit;
using Mentorship.Web.Components.Pages;
using Mentorship.Web.Tests.Support;

namespace Mentorship.Web.Tests.Components;

/// <summary>The profile's codes on a French application form: known ones offered by name, any other still typed.</summary>
public sealed class ApplicationFieldsTests : WebTestContext
{
    private readonly Guid _programmeId = Guid.NewGuid();

    public ApplicationFieldsTests() : base(culture: "fr") =>
        Gateway.Answer($"GET /api/programmes/{_programmeId}", HttpStatusCode.OK, Samples.Programme(_programmeId));

    private IRenderedComponent<Apply> RenderForm()
    {
        var page = Render<Apply>(p => p.Add(x => x.ProgrammeId, _programmeId));
        page.WaitForElement("#sectors");
        return page;
    }

    [Fact]
    public void Known_sectors_are_offered_to_tick_and_job_functions_as_suggestions_named_in_the_pages_language()
    {
        var page = RenderForm();

        Assert.Equal("Logistique", page.Find("label[for=sector-logistics]").TextContent);
        Assert.Equal("checkbox", page.Find("#sector-logistics").GetAttribute("type"));
        Assert.Equal("Secteurs", page.Find("#sector-logistics").Closest("fieldset")!.QuerySelector("legend")!.TextContent);
        Assert.Equal("Autres secteurs", page.Find("label[for=sectors]").TextContent);
        var suggestions = page.Find($"datalist#{page.Find("#jobFunction").GetAttribute("list")}");
        var offered = suggestions.QuerySelectorAll("option").Select(option => option.GetAttribute("value")).ToList();
        Assert.Contains("Opérations", offered);
        Assert.Contains("Développement logiciel", offered);
        Assert.Equal("jobFunction-hint", page.Find("#jobFunction").GetAttribute("aria-describedby"));
        Assert.Contains("Recherche d'emploi, Réseau", page.Find("#expectations-hint").TextContent);
        Assert.Equal("Français", page.Find("label[for=speaks-fr]").TextContent);
    }

    [Fact]
    public void Ticked_sectors_and_names_typed_are_sent_as_codes_and_an_unknown_one_as_kebab_case()
    {
        Gateway.Answer($"POST /api/programmes/{_programmeId}/applications", HttpStatusCode.Created, Samples.Application(Guid.NewGuid(), _programmeId));
        var page = RenderForm();

        page.Find("#sector-health").Change(true);
        page.Find("#sectors").Change("Logistique, deep-sea welding");
        page.Find("#jobFunction").Change("Opérations");
        page.Find("#expectations").Change("Réseau, Recherche d'emploi");
        page.Find("form").Submit();

        page.WaitForElement("#result-heading");
        var profile = JsonDocument.Parse(Gateway.Requests.Single(r => r.Route.StartsWith("POST", StringComparison.Ordinal)).Body!).RootElement.GetProperty("profile");
        Assert.Equal(["health", "logistics", "deep-sea-welding"], profile.GetProperty("sectors").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal("operations", profile.GetProperty("jobFunction").GetString());
        Assert.Equal(["network", "job-search"], profile.GetProperty("expectations").EnumerateArray().Select(s => s.GetString()));
    }
}
