using Bunit;
using Mentorship.Web.Components.Shared;
using Mentorship.Web.Tests.Support;

namespace Mentorship.Web.Tests.Components;

public sealed class PagerTests : WebTestContext
{
    [Fact]
    public void The_first_page_offers_next_only_and_asks_for_the_page_after()
    {
        var asked = 0;
        var pager = Render<Pager>(p => p.Add(x => x.Current, 1).Add(x => x.PageCount, 3).Add(x => x.PageChanged, page => asked = page));

        var buttons = pager.FindAll("button");
        Assert.True(buttons[0].HasAttribute("disabled"));
        buttons[1].Click();

        Assert.Equal(2, asked);
        Assert.Contains("Page 1 of 3", pager.Markup);
    }

    [Fact]
    public void A_single_page_shows_no_pager()
    {
        var pager = Render<Pager>(p => p.Add(x => x.Current, 1).Add(x => x.PageCount, 1));

        Assert.Empty(pager.FindAll("nav"));
    }
}
