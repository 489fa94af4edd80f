using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.IdentityModel.Tokens;

namespace Mentorship.Identity.Tests.Support;

/// <summary>
/// A browser across two sites: the identity service (in-process) and the institution's provider (on its
/// port). It keeps each site's cookies and follows redirects from one to the other, as a person's
/// browser does, until a page or the web client's redirect URI.
/// </summary>
public sealed partial class ExternalBrowser(IdentityFactory identity) : IDisposable
{
    private readonly CookieContainer _cookies = new();
    private readonly HttpMessageInvoker _identity = new(identity.Server.CreateHandler());
    private readonly HttpClient _network = new(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false });
    private readonly Uri _identityOrigin = identity.Server.BaseAddress;

    /// <summary>The PKCE verifier of the web client's authorization request.</summary>
    public string Verifier { get; } = Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(32));

    /// <summary>Starts as the web client does (/connect/authorize) and lands on the sign-in page.</summary>
    public async Task<string> OpenSignInPageAsync()
    {
        var challenge = Base64UrlEncoder.Encode(SHA256.HashData(Encoding.ASCII.GetBytes(Verifier)));
        using var page = await FollowAsync(new HttpRequestMessage(HttpMethod.Get, new Uri(_identityOrigin, SignInFlow.AuthorizeUri(challenge))));
        return await SignInPages.ReadAsync(page, HttpStatusCode.OK);
    }

    /// <summary>Presses the page's button for the provider and follows every redirect.</summary>
    public Task<HttpResponseMessage> SignInWithAsync(string page, string provider)
    {
        var form = ExternalForm().Match(page);
        Assert.True(form.Success, "The sign-in page shows no institution's sign-in.");
        var fields = HiddenField().Matches(form.Groups[1].Value).ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value);
        fields["provider"] = provider;
        return FollowAsync(new HttpRequestMessage(HttpMethod.Post, new Uri(_identityOrigin, "/connect/sign-in/external")) { Content = new FormUrlEncodedContent(fields) });
    }

    /// <summary>The authorization code in the redirect to the web client.</summary>
    public static string CodeOf(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!;
        Assert.StartsWith(IdentityFactory.RedirectUri + "?", location.ToString(), StringComparison.Ordinal);
        return QueryHelpers.ParseQuery(location.Query)["code"].ToString();
    }

    public async Task<HttpResponseMessage> FollowAsync(HttpRequestMessage request)
    {
        for (var hops = 0; hops < 20; hops++)
        {
            var response = await SendAsync(request);
            if (response.Headers.Location is not { } location || (int)response.StatusCode is < 300 or >= 400)
                return response;
            var next = location.IsAbsoluteUri ? location : new Uri(request.RequestUri!, location);
            if (next.ToString().StartsWith(IdentityFactory.RedirectUri, StringComparison.Ordinal))
                return response;
            response.Dispose();
            request = new HttpRequestMessage(HttpMethod.Get, next);
        }

        throw new InvalidOperationException("Too many redirects.");
    }

    private async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request)
    {
        var uri = request.RequestUri!;
        var cookies = _cookies.GetCookieHeader(uri);
        if (cookies.Length > 0)
            request.Headers.Add("Cookie", cookies);
        var response = uri.Authority == _identityOrigin.Authority
            ? await _identity.SendAsync(request, CancellationToken.None)
            : await _network.SendAsync(request);
        if (response.Headers.TryGetValues("Set-Cookie", out var set))
        {
            foreach (var cookie in set)
                _cookies.SetCookies(uri, cookie);
        }

        return response;
    }

    public void Dispose()
    {
        _identity.Dispose();
        _network.Dispose();
    }

    [GeneratedRegex("""<form method="post" action="/connect/sign-in/external" class="sign-in-external">(.*?)</form>""", RegexOptions.Singleline)]
    private static partial Regex ExternalForm();

    [GeneratedRegex("""<input type="hidden" name="([^"]+)" value="([^"]*)"\s*/?>""")]
    private static partial Regex HiddenField();
}
