using System.Collections.Immutable;
using System.Security.Claims;
using Mentorship.Identity.Configuration;
using Mentorship.Identity.Data;
using Mentorship.Identity.Domain;
using Mentorship.ServiceDefaults.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Mentorship.Identity.Tokens;

/// <summary>
/// What a token says about its holder, read from the database each time one is issued or refreshed, so
/// that a revoked role is gone at the next refresh: sub, name, locale, platform roles ("roles") and the
/// staff roles per programme ("programme_roles", "{programmeId}:{role}").
/// </summary>
public sealed class TokenClaims(
    IdentityDbContext db,
    IOptions<IdentityServerOptions> server,
    IOptions<IdentityOptions> platform)
{
    public async Task<ClaimsIdentity> ForPersonAsync(Person person, ImmutableArray<string> scopes, CancellationToken cancellationToken)
    {
        var grants = await db.StaffAssignments.AsNoTracking()
            .Where(a => a.PersonId == person.Id && a.RevokedAt == null)
            .Select(a => new { a.ProgrammeId, a.Role })
            .ToListAsync(cancellationToken);
        var roles = server.Value.Operators.Any(email => Emails.Normalise(email) == person.Email) ? [PlatformRoles.Ops] : ImmutableArray<string>.Empty;

        var identity = NewIdentity(person.Id.ToString(), person.DisplayName, scopes);
        identity.SetClaim(Claims.Locale, person.Locale);
        identity.SetClaims(PlatformClaims.Roles, roles);
        identity.SetClaims(PlatformClaims.ProgrammeRoles, [.. grants.Select(g => ProgrammeRoleClaims.Format(g.ProgrammeId, g.Role))]);
        return WithDestinations(identity, scopes);
    }

    /// <summary>A client acting for itself (client credentials): its id as subject, the roles configured for it.</summary>
    public ClaimsIdentity ForClient(string clientId, string? displayName, ImmutableArray<string> scopes)
    {
        var roles = server.Value.Clients.TryGetValue(clientId, out var settings) ? settings.Roles : [];
        var identity = NewIdentity(clientId, displayName ?? clientId, scopes);
        identity.SetClaims(PlatformClaims.Roles, [.. roles]);
        return WithDestinations(identity, scopes);
    }

    private ClaimsIdentity NewIdentity(string subject, string name, ImmutableArray<string> scopes)
    {
        var identity = new ClaimsIdentity(
            authenticationType: TokenValidationParameters.DefaultAuthenticationType,
            nameType: Claims.Name,
            roleType: PlatformClaims.Roles);
        identity.SetClaim(Claims.Subject, subject);
        identity.SetClaim(Claims.Name, name);
        identity.SetScopes(scopes);
        identity.SetAudiences(platform.Value.Audience);
        return identity;
    }

    /// <summary>Last, once every claim is there: a claim without destinations is left out of every token.</summary>
    private static ClaimsIdentity WithDestinations(ClaimsIdentity identity, ImmutableArray<string> scopes) =>
        identity.SetDestinations(claim => DestinationsOf(claim, scopes));

    /// <summary>
    /// Every claim goes into the access token; the profile also into the identity token when asked for,
    /// with the platform roles, which a client such as the dashboard signs people in by.
    /// </summary>
    private static IEnumerable<string> DestinationsOf(Claim claim, ImmutableArray<string> scopes) =>
        claim.Type is Claims.Subject or Claims.Name or Claims.Locale or PlatformClaims.Roles && scopes.Contains(Scopes.Profile)
            ? [Destinations.AccessToken, Destinations.IdentityToken]
            : [Destinations.AccessToken];
}
