using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.IdentityModel.Tokens;

namespace Mentorship.Identity.Tests.Support;

/// <summary>What a front end does: ask for a code, read it from the mail, verify it, then the code flow with PKCE.</summary>
public sealed partial class SignInFlow(IdentityFactory identity)
{
    public const string Scopes = "openid profile roles offline_access";

    public HttpClient Browser { get; } = identity.CreateBrowser();

    public static string NewEmail(string name = "person") => $"{name}.{Guid.NewGuid():N}@example.org";

    public Task<HttpResponseMessage> RequestCodeAsync(string email, string? locale = null) =>
        Browser.PostAsJsonAsync("/api/sign-in/code", new { email, locale });

    public Task<HttpResponseMessage> VerifyAsync(string email, string code) =>
        Browser.PostAsJsonAsync("/api/sign-in/verify", new { email, code });

    /// <summary>The code of the latest mail to the address.</summary>
    public string MailedCode(string email)
    {
        var mail = identity.Mail.To(email)[^1];
        return SixDigits().Match(mail.TextBody ?? "").Value;
    }

    /// <summary>Signs in with a mailed code; returns the person's id.</summary>
    public async Task<Guid> SignInAsync(string email)
    {
        using var sent = await RequestCodeAsync(email);
        Assert.Equal(HttpStatusCode.Accepted, sent.StatusCode);
        using var verified = await VerifyAsync(email, MailedCode(email));
        Assert.Equal(HttpStatusCode.OK, verified.StatusCode);
        return (await verified.Content.ReadFromJsonAsync<SignedIn>())!.PersonId;
    }

    /// <summary>/connect/authorize with PKCE as the web client; returns the authorization code from the redirect.</summary>
    public async Task<(string Code, string Verifier)> AuthorizeAsync()
    {
        var verifier = Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(32));
        var challenge = Base64UrlEncoder.Encode(SHA256.HashData(Encoding.ASCII.GetBytes(verifier)));
        using var response = await Browser.GetAsync(AuthorizeUri(challenge));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!;
        Assert.StartsWith(IdentityFactory.RedirectUri, location.ToString(), StringComparison.Ordinal);
        var query = QueryHelpers.ParseQuery(location.Query);
        Assert.Equal("state-1", query["state"].ToString());
        return (query["code"].ToString(), verifier);
    }

    public static string AuthorizeUri(string challenge) => QueryHelpers.AddQueryString("/connect/authorize", new Dictionary<string, string?>
    {
        ["client_id"] = "web",
        ["redirect_uri"] = IdentityFactory.RedirectUri,
        ["response_type"] = "code",
        ["scope"] = Scopes,
        ["state"] = "state-1",
        ["code_challenge"] = challenge,
        ["code_challenge_method"] = "S256",
    });

    public Task<HttpResponseMessage> RedeemAsync(string code, string verifier) =>
        Browser.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "authorization_code",
            ["client_id"] = "web",
            ["code"] = code,
            ["redirect_uri"] = IdentityFactory.RedirectUri,
            ["code_verifier"] = verifier,
        }));

    public Task<HttpResponseMessage> RefreshAsync(string refreshToken) =>
        Browser.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "refresh_token",
            ["client_id"] = "web",
            ["refresh_token"] = refreshToken,
        }));

    /// <summary>The whole way from an address to tokens.</summary>
    public async Task<IssuedTokens> TokensForAsync(string email)
    {
        await SignInAsync(email);
        return await TokensAsync();
    }

    /// <summary>Tokens for the person signed in already.</summary>
    public async Task<IssuedTokens> TokensAsync()
    {
        var (code, verifier) = await AuthorizeAsync();
        using var response = await RedeemAsync(code, verifier);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<IssuedTokens>())!;
    }

    private sealed record SignedIn(Guid PersonId, string Name, string Locale);

    [GeneratedRegex("[0-9]{6}")]
    private static partial Regex SixDigits();
}
