using System.Security.Claims;
using Mentorship.ServiceDefaults.Identity;

namespace Mentorship.ServiceDefaults.Tests.Identity;

public sealed class CurrentUserTests
{
    private static readonly Guid ProgrammeA = Guid.NewGuid();
    private static readonly Guid ProgrammeB = Guid.NewGuid();

    [Fact]
    public void A_role_granted_in_one_programme_counts_in_that_programme_only()
    {
        var user = UserWith(
            ProgrammeRoleClaims.Format(ProgrammeA, PlatformRoles.Coordinator),
            ProgrammeRoleClaims.Format(ProgrammeB, PlatformRoles.Referent));

        Assert.True(user.IsStaffOf(ProgrammeA, PlatformRoles.Coordinator));
        Assert.False(user.IsStaffOf(ProgrammeB, PlatformRoles.Coordinator));
        Assert.True(user.IsStaffOf(ProgrammeB, PlatformRoles.Referent));
        Assert.False(user.IsStaffOf(ProgrammeA, PlatformRoles.Referent));
        Assert.False(user.IsStaffOf(Guid.NewGuid(), PlatformRoles.Coordinator, PlatformRoles.Referent));
    }

    [Fact]
    public void Roles_and_programmes_list_what_is_held_somewhere()
    {
        var user = UserWith(
            ProgrammeRoleClaims.Format(ProgrammeA, PlatformRoles.Coordinator),
            ProgrammeRoleClaims.Format(ProgrammeB, PlatformRoles.Referent));

        Assert.True(user.HasRole(PlatformRoles.Coordinator));
        Assert.True(user.HasRole(PlatformRoles.Referent));
        Assert.Equal(new HashSet<Guid> { ProgrammeA, ProgrammeB }, user.Programmes);
        Assert.Equal([PlatformRoles.Coordinator], user.RolesIn(ProgrammeA));
    }

    [Theory]
    [InlineData("not-a-guid:coordinator")]
    [InlineData("3f2a1c4e-8b7d-4e21-9a0b-5c6d7e8f9a01:")]
    [InlineData("3f2a1c4e-8b7d-4e21-9a0b-5c6d7e8f9a01:ops")]
    [InlineData("3f2a1c4e-8b7d-4e21-9a0b-5c6d7e8f9a01")]
    public void A_malformed_or_non_staff_programme_role_is_ignored(string value)
    {
        var user = UserWith(value);

        Assert.False(user.IsOps);
        Assert.Empty(user.ProgrammeRoles);
        Assert.False(user.IsStaffOf(Guid.Parse("3f2a1c4e-8b7d-4e21-9a0b-5c6d7e8f9a01"), [.. PlatformRoles.Staff]));
    }

    [Fact]
    public void The_development_token_shape_still_grants_every_role_in_every_listed_programme()
    {
        var user = CurrentUser.From(new ClaimsPrincipal(new ClaimsIdentity(
        [
            new Claim(PlatformClaims.Subject, Guid.NewGuid().ToString()),
            new Claim(PlatformClaims.Roles, PlatformRoles.Coordinator),
            new Claim(PlatformClaims.Programmes, ProgrammeA.ToString()),
        ])));

        Assert.True(user.IsStaffOf(ProgrammeA, PlatformRoles.Coordinator));
        Assert.False(user.IsStaffOf(ProgrammeB, PlatformRoles.Coordinator));
    }

    private static CurrentUser UserWith(params string[] programmeRoles) =>
        CurrentUser.From(new ClaimsPrincipal(new ClaimsIdentity(
            programmeRoles.Select(value => new Claim(PlatformClaims.ProgrammeRoles, value))
                .Prepend(new Claim(PlatformClaims.Subject, Guid.NewGuid().ToString())))));
}
