using System.Net;
using System.Text.Json;
using Bunit;
using Mentorship.Web.Components.Mentoring;
using Mentorship.Web.Gateway.Models;
using Mentorship.Web.Tests.Support;

namespace Mentorship.Web.Tests.Components;

public sealed class PairConversationTests : WebTestContext
{
    private readonly Guid _pairId = Guid.NewGuid();
    private readonly Guid _partnerId = Guid.NewGuid();

    private string FirstPage => $"GET /api/pairs/{_pairId}/messages?page=1&pageSize=20";

    private IRenderedComponent<PairConversation> RenderConversation() =>
        Render<PairConversation>(p => p.Add(x => x.PairId, _pairId).Add(x => x.Me, PersonId).Add(x => x.PartnerRole, "mentor"));

    [Fact]
    public void Messages_read_oldest_first_with_who_wrote_them()
    {
        Gateway.Answer(FirstPage, HttpStatusCode.OK, PairSamples.Messages(2,
            PairSamples.Message(_pairId, PersonId, "Thank you!", "2026-12-01T10:05:00Z"),
            PairSamples.Message(_pairId, _partnerId, "Welcome", "2026-12-01T10:00:00Z")));

        var conversation = RenderConversation();

        conversation.WaitForElement(".message");
        var messages = conversation.FindAll(".message");
        Assert.Equal("Welcome", messages[0].QuerySelector(".message-text")!.TextContent);
        Assert.Contains("Your mentor", messages[0].TextContent);
        Assert.Contains("mine", messages[1].ClassList);
        Assert.Empty(conversation.FindAll("button.older"));
    }

    [Fact]
    public void A_message_from_the_partner_appears_without_reloading_and_only_once()
    {
        Gateway.Answer(FirstPage, HttpStatusCode.OK, PairSamples.Messages(0));
        var conversation = RenderConversation();
        conversation.WaitForElement("form.message-form");
        var message = new Message(Guid.NewGuid(), _pairId, _partnerId, "Are you free on Tuesday?", DateTimeOffset.UtcNow);

        conversation.InvokeAsync(() => Feed.PushAsync(message));
        conversation.InvokeAsync(() => Feed.PushAsync(message));

        conversation.WaitForAssertion(() => Assert.Single(conversation.FindAll(".message")));
        Assert.Contains("Are you free on Tuesday?", conversation.Find(".message").TextContent);
        Assert.Single(Gateway.Requests, r => r.Route == FirstPage);
    }

    [Fact]
    public void A_posted_message_is_added_and_a_refused_one_says_why_beside_the_field()
    {
        Gateway
            .Answer(FirstPage, HttpStatusCode.OK, PairSamples.Messages(0))
            .Answer($"POST /api/pairs/{_pairId}/messages", HttpStatusCode.BadRequest, Samples.ValidationProblem("text", "text must be at most 4000 characters."));
        var conversation = RenderConversation();
        conversation.WaitForElement("#message-text");

        conversation.Find("#message-text").Change("far too long");
        conversation.Find("form.message-form").Submit();

        conversation.WaitForElement("#message-text-error");
        Assert.Contains("at most 4000", conversation.Find("#message-text-error").TextContent);
        Assert.Equal("true", conversation.Find("#message-text").GetAttribute("aria-invalid"));
        Assert.Equal("far too long", conversation.Find("#message-text").GetAttribute("value"));

        Gateway.Answer($"POST /api/pairs/{_pairId}/messages", HttpStatusCode.Created, PairSamples.Message(_pairId, PersonId, "Shorter"));
        conversation.Find("#message-text").Change("Shorter");
        conversation.Find("form.message-form").Submit();

        conversation.WaitForAssertion(() => Assert.Contains("Shorter", conversation.Find(".message.mine").TextContent));
        Assert.Empty(conversation.FindAll("#message-text-error"));
        Assert.Equal("Shorter", JsonDocument.Parse(Gateway.Requests.Last().Body!).RootElement.GetProperty("text").GetString());
    }

    [Fact]
    public void Older_messages_load_above_and_without_live_delivery_a_refresh_is_offered()
    {
        Feed.Available = false;
        Gateway
            .Answer(FirstPage, HttpStatusCode.OK, PairSamples.Messages(21, PairSamples.Message(_pairId, _partnerId, "Newest")))
            .Answer($"GET /api/pairs/{_pairId}/messages?page=2&pageSize=20", HttpStatusCode.OK,
                PairSamples.Messages(21, PairSamples.Message(_pairId, _partnerId, "Oldest")).Replace("\"page\": 1", "\"page\": 2"));
        var conversation = RenderConversation();
        conversation.WaitForElement("button.older");
        Assert.Contains("do not arrive by themselves", conversation.Markup);

        conversation.Find("button.older").Click();

        conversation.WaitForAssertion(() => Assert.Equal(2, conversation.FindAll(".message").Count));
        Assert.Equal("Oldest", conversation.FindAll(".message-text")[0].TextContent);
        Assert.Empty(conversation.FindAll("button.older"));
    }
}
