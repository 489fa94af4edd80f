using System.Security.Claims;
using Mentorship.Identity.Domain;
using Mentorship.ServiceDefaults.Identity;
using Microsoft.AspNetCore.Authentication;

namespace Mentorship.Identity.SignIn;

/// <summary>The browser session a verified sign-in code opens, which /connect/authorize turns into an authorization code.</summary>
public static class SignInCookie
{
    public const string Scheme = "Identity.SignIn";
    public const string Name = "mentorship.identity";
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(8);

    /// <summary>Opens the session for a person whose code was just verified.</summary>
    public static Task SignInAsync(HttpContext http, Person person)
    {
        var identity = new ClaimsIdentity(
            [new Claim(PlatformClaims.Subject, person.Id.ToString()), new Claim(PlatformClaims.Name, person.DisplayName)],
            Scheme, PlatformClaims.Name, PlatformClaims.Roles);
        return http.SignInAsync(Scheme, new ClaimsPrincipal(identity));
    }
}
