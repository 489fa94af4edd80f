using System.Net;
using Bunit;
using Mentorship.Web.Components.Pages;
using Mentorship.Web.Tests.Support;

namespace Mentorship.Web.Tests.Components;

public sealed class NotificationsPageTests : WebTestContext
{
    private const string FirstPage = "GET /api/me/notifications?page=1&pageSize=20";
    private readonly Guid _unread = Guid.NewGuid();
    private readonly Guid _read = Guid.NewGuid();
    private readonly Guid _pairId = Guid.NewGuid();

    [Fact]
    public void Unread_notifications_are_marked_new_link_to_their_pair_and_are_marked_read_one_at_a_time()
    {
        Gateway
            .Answer(FirstPage, HttpStatusCode.OK, PairSamples.Notifications(1,
                PairSamples.Notification(_unread, _pairId, read: false), PairSamples.Notification(_read, null, read: true)))
            .Answer($"POST /api/me/notifications/{_unread}/read", HttpStatusCode.OK, PairSamples.Notification(_unread, _pairId, read: true));
        var page = Render<Notifications>();
        page.WaitForElement($"[data-notification='{_unread}']");

        var unread = page.Find($"[data-notification='{_unread}']");
        Assert.Contains("unread", unread.ClassList);
        Assert.Equal($"pairs/{_pairId}", unread.QuerySelector("a")!.GetAttribute("href"));
        Assert.Null(page.Find($"[data-notification='{_read}']").QuerySelector("button"));
        Assert.Contains("1 unread", page.Find("[role=status]").TextContent);

        Gateway.Answer(FirstPage, HttpStatusCode.OK, PairSamples.Notifications(0,
            PairSamples.Notification(_unread, _pairId, read: true), PairSamples.Notification(_read, null, read: true)));
        unread.QuerySelector("button")!.Click();

        page.WaitForAssertion(() => Assert.Contains("read", page.Find($"[data-notification='{_unread}']").ClassList));
        Assert.Contains(Gateway.Requests, r => r.Route == $"POST /api/me/notifications/{_unread}/read");
        Assert.True(page.Find("button.mark-all").HasAttribute("disabled"));
    }

    [Fact]
    public void Marking_all_read_sends_one_request_and_a_failure_keeps_the_list()
    {
        Gateway
            .Answer(FirstPage, HttpStatusCode.OK, PairSamples.Notifications(1, PairSamples.Notification(_unread, _pairId, read: false)))
            .Fail("POST /api/me/notifications/read-all");
        var page = Render<Notifications>();
        page.WaitForElement("button.mark-all");

        page.Find("button.mark-all").Click();

        page.WaitForElement("[role=alert]");
        Assert.NotNull(page.Find($"[data-notification='{_unread}']"));
        Assert.False(page.Find("button.mark-all").HasAttribute("disabled"));
        Assert.Single(Gateway.Requests, r => r.Route == "POST /api/me/notifications/read-all");
    }

    [Fact]
    public void A_mark_refused_while_the_list_is_read_again_after_the_one_before_stays_shown()
    {
        var other = Guid.NewGuid();
        var reread = new TaskCompletionSource();
        Gateway
            .Answer(FirstPage, HttpStatusCode.OK, PairSamples.Notifications(2,
                PairSamples.Notification(_unread, _pairId, read: false), PairSamples.Notification(other, null, read: false)))
            .Answer($"POST /api/me/notifications/{_unread}/read", HttpStatusCode.OK, PairSamples.Notification(_unread, _pairId, read: true))
            .Answer($"POST /api/me/notifications/{other}/read", HttpStatusCode.Conflict, Samples.Conflict("This notification is not yours."));
        var page = Render<Notifications>();
        page.WaitForElement($"[data-notification='{other}'] button");
        Gateway
            .Answer(FirstPage, HttpStatusCode.OK, PairSamples.Notifications(1,
                PairSamples.Notification(_unread, _pairId, read: true), PairSamples.Notification(other, null, read: false)))
            .Hold(FirstPage, reread.Task);

        page.Find($"[data-notification='{_unread}'] button").Click();
        page.WaitForAssertion(() => Assert.Equal(2, Gateway.Requests.Count(r => r.Route == FirstPage)));
        page.Find($"[data-notification='{other}'] button").Click();
        page.WaitForAssertion(() => Assert.Contains("not yours", page.Find("[role=alert]").TextContent));
        reread.SetResult();

        page.WaitForAssertion(() => Assert.DoesNotContain("unread", page.Find($"[data-notification='{_unread}']").ClassList));
        Assert.Contains("not yours", page.Find("[role=alert]").TextContent);
    }
}
