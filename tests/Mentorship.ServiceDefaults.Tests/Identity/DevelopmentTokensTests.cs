using System.Security.Claims;
using Mentorship.ServiceDefaults.Identity;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Mentorship.ServiceDefaults.Tests.Identity;

public sealed class DevelopmentTokensTests
{
    [Fact]
    public async Task A_development_token_validates_and_reads_back_as_the_current_user()
    {
        var person = Guid.NewGuid();
        var programme = Guid.NewGuid();
        var token = DevelopmentTokens.Create(person, "Coordinator One", [PlatformRoles.Coordinator], [programme]);

        var result = await new JsonWebTokenHandler { MapInboundClaims = false }.ValidateTokenAsync(token, new TokenValidationParameters
        {
            ValidIssuer = DevelopmentTokens.Issuer,
            ValidAudience = DevelopmentTokens.Audience,
            IssuerSigningKey = DevelopmentTokens.SigningKey,
            NameClaimType = PlatformClaims.Name,
            RoleClaimType = PlatformClaims.Roles,
        });

        Assert.True(result.IsValid, result.Exception?.Message);
        var user = CurrentUser.From(new ClaimsPrincipal(result.ClaimsIdentity));
        Assert.Equal(person, user.PersonId);
        Assert.Equal("Coordinator One", user.Name);
        Assert.True(user.IsStaffOf(programme, PlatformRoles.Coordinator));
        Assert.False(user.IsStaffOf(Guid.NewGuid(), PlatformRoles.Coordinator));
        Assert.False(user.IsStaffOf(programme, PlatformRoles.Researcher));
    }

    [Fact]
    public void Ops_is_staff_of_every_programme()
    {
        var user = CurrentUser.From(new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim(PlatformClaims.Subject, Guid.NewGuid().ToString()), new Claim(PlatformClaims.Roles, PlatformRoles.Ops)])));

        Assert.True(user.IsStaffOf(Guid.NewGuid(), PlatformRoles.Coordinator));
    }
}
