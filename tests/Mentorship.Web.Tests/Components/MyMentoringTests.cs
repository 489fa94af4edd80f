using System.Net;
using Bunit;
using Mentorship.Web.Components.Pages;
using Mentorship.Web.Tests.Support;

namespace Mentorship.Web.Tests.Components;

public sealed class MyMentoringTests : WebTestContext
{
    [Fact]
    public void Each_pair_shows_its_state_whose_turn_it_is_its_unread_messages_and_a_link_to_it()
    {
        var proposed = Guid.NewGuid();
        var active = Guid.NewGuid();
        Gateway
            .Answer("GET /api/me/pairs?page=1&pageSize=20", HttpStatusCode.OK,
                PairSamples.MyPairs((proposed, "mentor", "proposed", true), (active, "mentee", "active", false)))
            .Answer("GET /api/me/unread", HttpStatusCode.OK, $$"""{ "total": 3, "pairs": [ { "pairId": "{{active}}", "unread": 3 } ] }""");

        var page = Render<MyMentoring>();

        page.WaitForElement($"[data-pair='{proposed}']");
        var first = page.Find($"[data-pair='{proposed}']");
        Assert.Equal($"pairs/{proposed}", first.QuerySelector("a")!.GetAttribute("href"));
        Assert.Contains("As mentor", first.TextContent);
        Assert.Contains("Proposed", first.QuerySelector(".pair-state")!.TextContent);
        Assert.NotNull(first.QuerySelector(".awaiting"));
        var second = page.Find($"[data-pair='{active}']");
        Assert.Contains("Active", second.TextContent);
        Assert.Contains("3 unread message(s)", second.TextContent);
        Assert.Null(second.QuerySelector(".awaiting"));
    }

    [Fact]
    public void Without_pairs_the_page_says_what_comes_next()
    {
        Gateway.Answer("GET /api/me/pairs?page=1&pageSize=20", HttpStatusCode.OK, PairSamples.MyPairs());

        var page = Render<MyMentoring>();

        page.WaitForAssertion(() => Assert.Contains("You are in no pair yet", page.Markup));
    }

    [Fact]
    public void An_unreachable_gateway_is_said_once_and_the_unread_counts_are_not_needed()
    {
        Gateway.Fail("GET /api/me/pairs?page=1&pageSize=20").Fail("GET /api/me/unread");

        var page = Render<MyMentoring>();

        page.WaitForElement("[role=alert]");
        Assert.Single(page.FindAll("[role=alert]"));
        Assert.Empty(page.FindAll(".loading"));
    }
}
