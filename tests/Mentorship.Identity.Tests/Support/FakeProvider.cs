using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Mentorship.Identity.Tests.Support;

/// <summary>
/// An institution's OpenID Connect provider on a Kestrel port of its own: discovery, JWKS, an
/// authorization endpoint that signs in <see cref="NextAccount"/> at once (or answers <see cref="NextError"/>),
/// a token endpoint that checks the client secret and PKCE and issues an RS256 identity token, and a
/// userinfo endpoint that answers for the access token issued with it.
/// </summary>
public sealed class FakeProvider : IAsyncDisposable
{
    public const string ClientId = "mentorship-platform";
    public const string ClientSecret = "provider-secret-for-tests-only";

    private readonly ConcurrentDictionary<string, (FakeProviderAccount Account, string? Nonce, string? Challenge)> _codes = new();
    private readonly ConcurrentDictionary<string, FakeProviderAccount> _accessTokens = new();
    private readonly RsaSecurityKey _key = new(RSA.Create(2048)) { KeyId = "fake-provider-key" };
    private WebApplication? _app;

    public string Authority { get; private set; } = "";

    /// <summary>The account the next authorization request signs in.</summary>
    public FakeProviderAccount? NextAccount { get; set; }

    /// <summary>When set, the next authorization request answers this OAuth error instead.</summary>
    public string? NextError { get; set; }

    /// <summary>The query of the latest authorization request, as the identity service sent it.</summary>
    public IReadOnlyDictionary<string, string> LastAuthorization { get; private set; } = new Dictionary<string, string>();

    public async Task StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        _app = builder.Build();
        _app.MapGet("/.well-known/openid-configuration", () => Results.Json(new Dictionary<string, object>
        {
            ["issuer"] = Authority,
            ["authorization_endpoint"] = $"{Authority}/authorize",
            ["token_endpoint"] = $"{Authority}/token",
            ["jwks_uri"] = $"{Authority}/jwks",
            ["userinfo_endpoint"] = $"{Authority}/userinfo",
            ["response_types_supported"] = new[] { "code" },
            ["subject_types_supported"] = new[] { "public" },
            ["id_token_signing_alg_values_supported"] = new[] { SecurityAlgorithms.RsaSha256 },
            ["code_challenge_methods_supported"] = new[] { "S256" },
        }));
        _app.MapGet("/jwks", () =>
        {
            var jwk = JsonWebKeyConverter.ConvertFromRSASecurityKey(new RsaSecurityKey(_key.Rsa.ExportParameters(false)) { KeyId = _key.KeyId });
            return Results.Json(new { keys = new[] { new { kty = jwk.Kty, use = "sig", alg = SecurityAlgorithms.RsaSha256, kid = jwk.Kid, n = jwk.N, e = jwk.E } } });
        });
        _app.MapGet("/authorize", Authorize);
        _app.MapPost("/token", Token);
        _app.MapGet("/userinfo", UserInfo);
        await _app.StartAsync();
        Authority = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
    }

    private IResult Authorize(HttpRequest request)
    {
        var query = request.Query.ToDictionary(q => q.Key, q => q.Value.ToString());
        LastAuthorization = query;
        if (query.GetValueOrDefault("client_id") != ClientId || !query.TryGetValue("redirect_uri", out var redirectUri))
            return Results.BadRequest("unknown client");

        var answer = new Dictionary<string, string?> { ["state"] = query.GetValueOrDefault("state") };
        if (NextError is { } error)
        {
            answer["error"] = error;
            answer["error_description"] = "The person cancelled the sign-in.";
        }
        else
        {
            var code = Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(16));
            _codes[code] = (NextAccount ?? throw new InvalidOperationException("Set NextAccount first."), query.GetValueOrDefault("nonce"), query.GetValueOrDefault("code_challenge"));
            answer["code"] = code;
        }

        return Results.Redirect(QueryHelpers.AddQueryString(redirectUri, answer));
    }

    private async Task<IResult> Token(HttpRequest request)
    {
        var form = await request.ReadFormAsync();
        if (form["client_id"] != ClientId || form["client_secret"] != ClientSecret)
            return Results.Json(new { error = "invalid_client" }, statusCode: StatusCodes.Status401Unauthorized);
        if (!_codes.TryRemove(form["code"].ToString(), out var grant)
            || grant.Challenge != Base64UrlEncoder.Encode(SHA256.HashData(Encoding.ASCII.GetBytes(form["code_verifier"].ToString()))))
            return Results.Json(new { error = "invalid_grant" }, statusCode: StatusCodes.Status400BadRequest);

        var claims = new Dictionary<string, object>();
        if (grant.Account.Subject is { } subject)
            claims["sub"] = subject;
        if (!grant.Account.AddressInUserInfoOnly)
            AddAddress(claims, grant.Account);
        if (grant.Account.Name is { } name)
            claims["name"] = name;
        if (grant.Nonce is { } nonce)
            claims["nonce"] = nonce;
        var now = DateTime.UtcNow;
        var idToken = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Authority,
            Audience = ClientId,
            IssuedAt = now,
            NotBefore = now,
            Expires = now.AddMinutes(5),
            Claims = claims,
            SigningCredentials = new SigningCredentials(_key, SecurityAlgorithms.RsaSha256),
        });
        var accessToken = Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(16));
        _accessTokens[accessToken] = grant.Account;
        return Results.Json(new { access_token = accessToken, token_type = "Bearer", expires_in = 300, id_token = idToken });
    }

    private IResult UserInfo(HttpRequest request)
    {
        var bearer = request.Headers.Authorization.ToString();
        if (!bearer.StartsWith("Bearer ", StringComparison.Ordinal) || !_accessTokens.TryGetValue(bearer["Bearer ".Length..], out var account))
            return Results.Unauthorized();
        var claims = new Dictionary<string, object> { ["sub"] = account.Subject ?? "" };
        AddAddress(claims, account);
        return Results.Json(claims);
    }

    private static void AddAddress(Dictionary<string, object> claims, FakeProviderAccount account)
    {
        claims["email_verified"] = account.EmailVerified;
        if (account.Email is { } email)
            claims["email"] = email;
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
            await _app.DisposeAsync();
    }
}
