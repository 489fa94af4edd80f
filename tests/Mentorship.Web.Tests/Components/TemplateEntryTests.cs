using System.Net;
using Bunit;
using Mentorship.Web.Components.Pages;
using Mentorship.Web.Components.Portal;
using Mentorship.Web.Portal;
using Mentorship.Web.Tests.Support;
using Microsoft.AspNetCore.Http;

namespace Mentorship.Web.Tests.Components;

public sealed class TemplateEntryTests : WebTestContext
{
    [Fact]
    public void A_template_s_entry_shows_its_logo_and_welcome_and_lists_its_programmes_only()
    {
        var (brussels, liege) = (Guid.NewGuid(), Guid.NewGuid());
        Gateway.Answer($"GET /api/programmes?page=1&pageSize={ProgrammeList.PageSize}&template=mentoryou", HttpStatusCode.OK, $$"""
            { "items": [ {{Samples.Programme(brussels)}}, {{Samples.Programme(liege)}} ], "page": 1, "pageSize": 10, "total": 2, "pageCount": 1 }
            """);

        var page = Render<TemplateEntry>(p => p.Add(x => x.TemplateId, "mentoryou"));

        page.WaitForElement("table");
        var banner = page.Find(".brand-banner");
        Assert.Equal("mentoryou", banner.GetAttribute("data-template"));
        Assert.Equal("logos/mentoryou.svg", banner.QuerySelector("img.brand-logo")!.GetAttribute("src"));
        Assert.Equal("", banner.QuerySelector("img.brand-logo")!.GetAttribute("alt"));
        Assert.Contains("MentorYou job-seeker mentoring", banner.TextContent);
        Assert.Contains("Job seekers of foreign origin", banner.TextContent);
        Assert.Equal([$"p/{brussels}", $"p/{liege}"], page.FindAll("a[href^='p/']").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public void An_unknown_template_is_said_plainly_and_asks_nothing_of_the_services()
    {
        var page = Render<TemplateEntry>(p => p.Add(x => x.TemplateId, "erasmus"));

        Assert.Contains("no such programme", page.Find("h1").TextContent);
        Assert.Empty(page.FindAll(".brand-banner"));
        Assert.Empty(Gateway.Requests);
    }

    [Theory]
    [InlineData("mentoryou.example.org", "/", "/app/programmes/mentoryou")]
    [InlineData("MENTORYOU.example.org", "/", "/app/programmes/mentoryou")]
    [InlineData("mentoryou.example.org", "/me", null)]
    [InlineData("platform.example.org", "/", null)]
    [InlineData("unknown-template.example.org", "/", null)]
    public void A_family_s_own_host_leads_its_home_page_to_its_entry(string host, string path, string? expected)
    {
        var options = new PortalHostOptions();
        options.Hosts["mentoryou.example.org"] = "mentoryou";
        options.Hosts["unknown-template.example.org"] = "erasmus";
        var request = new DefaultHttpContext().Request;
        (request.Host, request.PathBase, request.Path) = (new HostString(host), "/app", path);

        Assert.Equal(expected, PortalHosts.EntryFor(request, options));
    }

    [Theory]
    [InlineData("/programmes/erasmus", true)]
    [InlineData("/Programmes/erasmus", true)]
    [InlineData("/programmes/mentoryou", false)]
    [InlineData("/programmes/mentoryou/", false)]
    [InlineData("/programmes/", false)]
    [InlineData("/programmes", false)]
    [InlineData("/programmes/erasmus/apply", false)]
    [InlineData("/console", false)]
    public void Only_an_entry_for_a_family_the_platform_does_not_run_answers_404(string path, bool unknown)
    {
        var request = new DefaultHttpContext().Request;
        (request.PathBase, request.Path) = ("/app", path);

        Assert.Equal(unknown, PortalHosts.IsUnknownFamily(request));
    }
}
