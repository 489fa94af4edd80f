using System.Net;
using Bunit;
using Mentorship.Web.Components.Pages;
using Mentorship.Web.Tests.Support;

namespace Mentorship.Web.Tests.Components;

public sealed class ApplicationWindowNoticeTests : WebTestContext
{
    private readonly Guid _programmeId = Guid.NewGuid();

    [Fact]
    public void Outside_the_window_the_apply_page_gives_the_dates_instead_of_the_form()
    {
        Gateway.Answer($"GET /api/programmes/{_programmeId}", HttpStatusCode.OK,
            RecruitmentSamples.Programme(_programmeId, applicationsOpen: false, opensOn: "2026-09-01", closesOn: "2026-10-15"));

        var page = Render<Apply>(p => p.Add(x => x.ProgrammeId, _programmeId));

        page.WaitForElement(".window-notice.closed");
        Assert.Contains("Applications are not open", page.Find("#window-closed-heading").TextContent);
        Assert.Contains("from Tuesday, September 1, 2026 to Thursday, October 15, 2026", page.Find(".window-notice.closed").TextContent);
        Assert.Empty(page.FindAll("form"));
    }

    [Fact]
    public void Inside_the_window_the_apply_page_says_the_last_day_above_the_form()
    {
        Gateway.Answer($"GET /api/programmes/{_programmeId}", HttpStatusCode.OK,
            RecruitmentSamples.Programme(_programmeId, applicationsOpen: true, opensOn: null, closesOn: "2026-10-15"));

        var page = Render<Apply>(p => p.Add(x => x.ProgrammeId, _programmeId));

        page.WaitForElement("form");
        Assert.Equal("Applications are open until Thursday, October 15, 2026.", page.Find(".window-notice.open").TextContent);
    }

    [Fact]
    public void The_programme_page_says_when_applications_open_and_offers_no_apply_link_before()
    {
        Gateway.Answer($"GET /api/programmes/{_programmeId}", HttpStatusCode.OK,
            RecruitmentSamples.Programme(_programmeId, applicationsOpen: false, opensOn: "2026-09-01", closesOn: null));

        var page = Render<ProgrammePortal>(p => p.Add(x => x.ProgrammeId, _programmeId));

        page.WaitForElement(".window-notice.closed");
        Assert.Contains("Applications open on Tuesday, September 1, 2026.", page.Find(".window-notice.closed").TextContent);
        Assert.Empty(page.FindAll("a[href*='/apply']"));
    }

    [Fact]
    public void A_programme_without_a_window_offers_both_apply_links_and_no_notice()
    {
        Gateway.Answer($"GET /api/programmes/{_programmeId}", HttpStatusCode.OK, Samples.Programme(_programmeId));

        var page = Render<ProgrammePortal>(p => p.Add(x => x.ProgrammeId, _programmeId));

        page.WaitForElement(".role-cards");
        Assert.Equal(2, page.FindAll("a[href*='/apply']").Count);
        Assert.Empty(page.FindAll(".window-notice"));
    }
}
