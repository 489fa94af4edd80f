using System.Net;
using Mentorship.Identity.Tests.Support;

namespace Mentorship.Identity.Tests.ExternalSignIn;

/// <summary>The default: no institution's provider configured, so the code sign-in alone, and no route of the external one.</summary>
public sealed class NoExternalProviderTests(IdentityFactory identity) : IClassFixture<IdentityFactory>
{
    [Fact]
    public async Task Without_a_configured_provider_the_page_offers_only_the_code_and_the_external_paths_answer_as_unknown_ones()
    {
        using var browser = identity.CreateBrowser();

        using var signInPage = await browser.GetAsync("/connect/sign-in?ReturnUrl=%2Fconnect%2Fauthorize");
        using var challenge = await browser.PostAsync("/connect/sign-in/external", new FormUrlEncodedContent(new Dictionary<string, string> { ["provider"] = "uclouvain" }));
        using var callback = await browser.GetAsync("/connect/external/uclouvain/callback?code=abc&state=def");
        using var complete = await browser.GetAsync("/connect/sign-in/external/complete");
        using var unknownGet = await browser.GetAsync("/connect/no-such-page");
        using var unknownPost = await browser.PostAsync("/connect/no-such-page", new FormUrlEncodedContent(new Dictionary<string, string> { ["provider"] = "uclouvain" }));

        var page = await SignInPages.ReadAsync(signInPage, HttpStatusCode.OK);
        Assert.Contains("<form method=\"post\" action=\"/connect/sign-in/code\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("sign-in-external", page, StringComparison.Ordinal);
        Assert.DoesNotContain("institutions-heading", page, StringComparison.Ordinal);
        Assert.Equal(unknownPost.StatusCode, challenge.StatusCode);
        Assert.Equal(unknownGet.StatusCode, callback.StatusCode);
        Assert.Equal(unknownGet.StatusCode, complete.StatusCode);
        Assert.False(callback.Headers.Location is not null || unknownGet.StatusCode == HttpStatusCode.OK);
    }
}
