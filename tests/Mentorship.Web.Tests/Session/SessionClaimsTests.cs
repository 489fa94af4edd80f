using System.Security.Claims;
using Mentorship.ServiceDefaults.Identity;
using Mentorship.Web.Session;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Mentorship.Web.Tests.Session;

public sealed class SessionClaimsTests
{
    private static readonly DateTime Expires = new(2026, 12, 1, 17, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void A_session_from_the_identity_services_token_holds_each_programme_role_and_opens_the_staff_pages_to_their_holder()
    {
        var (coordinated, referred) = (Guid.NewGuid(), Guid.NewGuid());
        var personId = Guid.NewGuid();
        var token = AccessToken(
            new Claim(PlatformClaims.Subject, personId.ToString()),
            new Claim(PlatformClaims.Name, "Grace"),
            new Claim(PlatformClaims.ProgrammeRoles, ProgrammeRoleClaims.Format(coordinated, PlatformRoles.Coordinator)),
            new Claim(PlatformClaims.ProgrammeRoles, ProgrammeRoleClaims.Format(referred, PlatformRoles.Referent)));

        var session = SessionClaims.FromAccessToken(token);

        Assert.Equal("Grace", session.Identity!.Name);
        Assert.Equal(personId, CurrentUser.From(session).PersonId);
        Assert.True(session.IsInRole(PlatformRoles.Coordinator));
        Assert.True(session.IsInRole(PlatformRoles.Referent));
        Assert.False(session.IsInRole(PlatformRoles.ProgrammeAdmin));
        Assert.True(SessionClaims.IsStaffOf(session, coordinated));
        Assert.False(SessionClaims.IsStaffOf(session, referred));
        Assert.False(SessionClaims.IsStaffOf(session, Guid.NewGuid()));
        Assert.Equal(token, SessionClaims.TokenOf(session));
        Assert.Equal(new DateTimeOffset(Expires), SessionClaims.TokenExpiresOf(session));
    }

    [Fact]
    public void An_operator_manages_every_programme()
    {
        var session = SessionClaims.FromAccessToken(AccessToken(
            new Claim(PlatformClaims.Subject, Guid.NewGuid().ToString()), new Claim(PlatformClaims.Roles, PlatformRoles.Ops)));

        Assert.True(session.IsInRole(PlatformRoles.Ops));
        Assert.True(SessionClaims.IsStaffOf(session, Guid.NewGuid()));
    }

    [Fact]
    public void A_staff_persona_manages_the_programmes_that_existed_when_it_signed_in_and_no_other()
    {
        var existing = Guid.NewGuid();

        var session = SessionClaims.ForPersona(Guid.NewGuid(), "Chris", Persona.Coordinator, [existing], "token", new DateTimeOffset(Expires));

        Assert.True(session.IsInRole(PlatformRoles.Coordinator));
        Assert.True(SessionClaims.IsStaffOf(session, existing));
        Assert.False(SessionClaims.IsStaffOf(session, Guid.NewGuid()));
        Assert.Equal("Chris", session.Identity!.Name);
    }

    private static string AccessToken(params Claim[] claims) => new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
    {
        Subject = new ClaimsIdentity(claims),
        Expires = Expires,
        NotBefore = Expires.AddHours(-1),
        IssuedAt = Expires.AddHours(-1),
        SigningCredentials = new SigningCredentials(DevelopmentTokens.SigningKey, SecurityAlgorithms.HmacSha256),
    });
}
