using System.Security.Claims;

namespace Mentorship.Web.Session;

/// <summary>What the session cookie carries: the person, their roles, and the bearer token sent to the gateway.</summary>
public static class SessionClaims
{
    public const string AccessToken = "access_token";
    public const string PersonId = "sub";
    public const string Persona = "persona";

    public static ClaimsPrincipal Create(Guid personId, string name, Persona persona, string accessToken)
    {
        var claims = new List<Claim>
        {
            new(PersonId, personId.ToString()),
            new(ClaimTypes.Name, name),
            new(Persona, persona.Id),
            new(AccessToken, accessToken),
        };
        claims.AddRange(persona.Roles.Select(role => new Claim(ClaimTypes.Role, role)));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, "session"));
    }

    public static string? TokenOf(ClaimsPrincipal user) => user.FindFirst(AccessToken)?.Value;

    public static bool IsStaff(ClaimsPrincipal user) => Session.Persona.Find(user.FindFirst(Persona)?.Value)?.IsStaff == true;
}
