using System.Globalization;
using System.Security.Claims;
using Mentorship.ServiceDefaults.Identity;
using Microsoft.IdentityModel.JsonWebTokens;

namespace Mentorship.Web.Session;

/// <summary>
/// What the session cookie carries: the person and their roles, named as the platform's tokens name them
/// (sub, name, roles, programmes, programme_roles), and the bearer token sent to the gateway with its
/// expiry. The token rides in the principal because an interactive page's circuit sees only the principal.
/// </summary>
public static class SessionClaims
{
    public const string AccessToken = "access_token";
    public const string AccessTokenExpires = "access_token_expires";
    public const string Persona = "persona";
    public const string AuthenticationType = "session";

    /// <summary>A development persona, with the programmes its staff roles apply to.</summary>
    public static ClaimsPrincipal ForPersona(
        Guid personId, string name, Persona persona, IEnumerable<Guid> programmes, string accessToken, DateTimeOffset expires)
    {
        var claims = new List<Claim> { new(Persona, persona.Id) };
        claims.AddRange(programmes.Select(id => new Claim(PlatformClaims.Programmes, id.ToString())));
        return Create(personId.ToString(), name, persona.Roles, claims, accessToken, expires);
    }

    /// <summary>
    /// A person signed in by the identity service, from its access token (a JWT the token endpoint just
    /// gave, over TLS when deployed). Each staff role held in a programme ("{programmeId}:coordinator") is
    /// also a role of the session, so a page for coordinators opens to a coordinator of any programme;
    /// what they may do in one programme is decided with <see cref="IsStaffOf"/> (and by the services).
    /// </summary>
    public static ClaimsPrincipal FromAccessToken(string accessToken)
    {
        var token = new JsonWebToken(accessToken);
        var programmeRoles = token.Claims.Where(c => c.Type == PlatformClaims.ProgrammeRoles).Select(c => c.Value).ToList();
        var staffRoles = programmeRoles.Select(value => ProgrammeRoleClaims.TryParse(value, out _, out var role) ? role : null).OfType<string>();
        var roles = token.Claims.Where(c => c.Type == PlatformClaims.Roles).Select(c => c.Value).Concat(staffRoles).Distinct(StringComparer.Ordinal);
        var name = token.Claims.FirstOrDefault(c => c.Type == PlatformClaims.Name)?.Value ?? "";
        return Create(token.Subject, name, roles, programmeRoles.Select(value => new Claim(PlatformClaims.ProgrammeRoles, value)), accessToken, token.ValidTo);
    }

    public static string? TokenOf(ClaimsPrincipal user) => user.FindFirst(AccessToken)?.Value;

    /// <summary>The signed-in person's id (the token's sub), which the services name pair members and senders by.</summary>
    public static Guid? PersonIdOf(ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirst(PlatformClaims.Subject)?.Value, out var personId) ? personId : null;

    /// <summary>When the session's bearer token stops being accepted; null for a session without one.</summary>
    public static DateTimeOffset? TokenExpiresOf(ClaimsPrincipal user) =>
        DateTimeOffset.TryParse(user.FindFirst(AccessTokenExpires)?.Value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var expires)
            ? expires
            : null;

    /// <summary>True when the person manages this programme: its coordinator or admin, or ops (as the services decide).</summary>
    public static bool IsStaffOf(ClaimsPrincipal user, Guid programmeId) =>
        CurrentUser.From(user).IsStaffOf(programmeId, PlatformRoles.Coordinator, PlatformRoles.ProgrammeAdmin);

    private static ClaimsPrincipal Create(
        string subject, string name, IEnumerable<string> roles, IEnumerable<Claim> others, string accessToken, DateTimeOffset expires)
    {
        var claims = new List<Claim>
        {
            new(PlatformClaims.Subject, subject),
            new(PlatformClaims.Name, name),
            new(AccessToken, accessToken),
            new(AccessTokenExpires, expires.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture)),
        };
        claims.AddRange(roles.Select(role => new Claim(PlatformClaims.Roles, role)));
        claims.AddRange(others);
        return new ClaimsPrincipal(new ClaimsIdentity(claims, AuthenticationType, PlatformClaims.Name, PlatformClaims.Roles));
    }
}
