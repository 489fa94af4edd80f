using Mentorship.Messaging.Apis.Models;
using Mentorship.Messaging.Apis.Validation;
using Mentorship.Messaging.Domain.Concerns;
using Mentorship.ServiceDefaults.Http;

namespace Mentorship.Messaging.Tests.Apis;

public sealed class ValidatorTests
{
    private static Dictionary<string, string[]> Errors(PostMessageRequest request) =>
        ValidationFilter<PostMessageRequest>.ToErrors(new PostMessageRequestValidator().Validate(request));

    private static Dictionary<string, string[]> Errors(RaiseConcernRequest request) =>
        ValidationFilter<RaiseConcernRequest>.ToErrors(new RaiseConcernRequestValidator().Validate(request));

    private static Dictionary<string, string[]> Errors(InvitationRequest request) =>
        ValidationFilter<InvitationRequest>.ToErrors(new InvitationRequestValidator().Validate(request));

    [Theory]
    [InlineData("a")]
    [InlineData("  Bonjour !  ")]
    public void A_message_of_one_character_or_more_is_valid(string text) => Assert.Empty(Errors(new PostMessageRequest(text)));

    [Fact]
    public void A_message_of_4000_characters_after_trimming_is_valid() =>
        Assert.Empty(Errors(new PostMessageRequest("  " + new string('x', 4000) + "  ")));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   \n ")]
    public void An_empty_message_names_the_text_field(string? text) =>
        Assert.Equal(["text"], Errors(new PostMessageRequest(text)).Keys);

    [Fact]
    public void A_message_over_4000_characters_is_refused() =>
        Assert.Contains("4000", Errors(new PostMessageRequest(new string('x', 4001)))["text"].Single());

    [Fact]
    public void A_concern_needs_a_programme_and_10_to_4000_characters()
    {
        Assert.Empty(Errors(new RaiseConcernRequest(Guid.NewGuid(), null, null, "  0123456789  ")));
        Assert.Empty(Errors(new RaiseConcernRequest(Guid.NewGuid(), Guid.NewGuid(), ConcernCategory.Other, new string('x', 4000))));

        var errors = Errors(new RaiseConcernRequest(null, Guid.Empty, null, "   too short   "));

        Assert.Equal(["pairId", "programmeId", "text"], errors.Keys.Order());
        Assert.Contains("text", Errors(new RaiseConcernRequest(Guid.NewGuid(), null, null, new string('x', 4001))).Keys);
        Assert.Contains("text", Errors(new RaiseConcernRequest(Guid.NewGuid(), null, null, null)).Keys);
    }

    [Fact]
    public void An_invitation_names_the_person()
    {
        Assert.Empty(Errors(new InvitationRequest(Guid.NewGuid())));
        Assert.Equal(["personId"], Errors(new InvitationRequest(null)).Keys);
        Assert.Equal(["personId"], Errors(new InvitationRequest(Guid.Empty)).Keys);
    }
}
