using System.Net;
using Bunit;
using Mentorship.Web.Components.Layout;
using Mentorship.Web.Tests.Support;
using Microsoft.AspNetCore.Components;

namespace Mentorship.Web.Tests.Components;

public sealed class NotificationsLinkTests : WebTestContext
{
    public NotificationsLinkTests() => SetRendererInfo(new RendererInfo("Server", isInteractive: true));

    [Fact]
    public void The_header_link_shows_how_many_notifications_are_unread()
    {
        Gateway.Answer("GET /api/me/notifications?page=1&pageSize=1", HttpStatusCode.OK, PairSamples.Notifications(4));

        var link = Render<NotificationsLink>();

        link.WaitForAssertion(() => Assert.StartsWith("4", link.Find(".badge").TextContent));
        Assert.Equal("notifications", link.Find("a").GetAttribute("href"));
    }

    [Fact]
    public void A_count_that_cannot_be_read_leaves_the_link_without_badge_and_without_error()
    {
        Gateway.Fail("GET /api/me/notifications?page=1&pageSize=1");

        var link = Render<NotificationsLink>();

        link.WaitForAssertion(() => Assert.Single(Gateway.Requests));
        Assert.Empty(link.FindAll(".badge"));
        Assert.Empty(link.FindAll("[role=alert]"));
    }
}
