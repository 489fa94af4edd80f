using System.Security.Claims;
using Mentorship.ServiceDefaults.Identity;

namespace Mentorship.Messaging.Tests;

/// <summary>CurrentUser values as a bearer token would describe them, for tests of access rules.</summary>
public static class Users
{
    public static CurrentUser Person(Guid personId, string role, params Guid[] programmes)
    {
        var claims = new List<Claim> { new(PlatformClaims.Subject, personId.ToString()), new(PlatformClaims.Roles, role) };
        claims.AddRange(programmes.Select(p => new Claim(PlatformClaims.Programmes, p.ToString())));
        return CurrentUser.From(new ClaimsPrincipal(new ClaimsIdentity(claims, "test")));
    }
}
