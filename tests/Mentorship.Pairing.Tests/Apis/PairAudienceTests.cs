using System.Security.Claims;
using Mentorship.Pairing.Apis;
using Mentorship.Pairing.Domain;
using Mentorship.Pairing.Tests.Domain;
using Mentorship.ServiceDefaults.Identity;

namespace Mentorship.Pairing.Tests.Apis;

public sealed class PairAudienceTests
{
    private static CurrentUser User(Guid personId, string[] roles, params Guid[] programmes) =>
        CurrentUser.From(new ClaimsPrincipal(new ClaimsIdentity(
            [
                new Claim(PlatformClaims.Subject, personId.ToString()),
                .. roles.Select(role => new Claim(PlatformClaims.Roles, role)),
                .. programmes.Select(id => new Claim(PlatformClaims.Programmes, id.ToString())),
            ],
            "test")));

    [Fact]
    public void Membership_is_decided_by_the_person_id_whatever_roles_the_token_holds()
    {
        var pair = Pairs.Proposed();

        var mentorWithoutRole = PairAudience.Of(User(pair.MentorId, []), pair);
        var menteeCalledMentor = PairAudience.Of(User(pair.MenteeId, [PlatformRoles.Mentor]), pair);
        var strangerMentor = PairAudience.Of(User(Guid.NewGuid(), [PlatformRoles.Mentor]), pair);

        Assert.True(mentorWithoutRole.IsMentor);
        Assert.Equal(PairMember.Mentee, menteeCalledMentor.Member);
        Assert.False(menteeCalledMentor.IsMentor);
        Assert.False(strangerMentor.CanRead);
    }

    [Fact]
    public void Staff_roles_count_only_for_the_pair_s_programme()
    {
        var pair = Pairs.Proposed();

        var coordinator = PairAudience.Of(User(Guid.NewGuid(), [PlatformRoles.Coordinator], pair.ProgrammeId), pair);
        var referentId = Guid.NewGuid();
        pair.AssignReferent(referentId, onProgrammeRoster: true, DateTimeOffset.UtcNow);
        var referent = PairAudience.Of(User(referentId, [PlatformRoles.Referent], pair.ProgrammeId), pair);
        var otherReferent = PairAudience.Of(User(Guid.NewGuid(), [PlatformRoles.Referent], pair.ProgrammeId), pair);
        var revokedReferent = PairAudience.Of(User(referentId, [PlatformRoles.Mentor], pair.ProgrammeId), pair);
        var elsewhere = PairAudience.Of(User(Guid.NewGuid(), [PlatformRoles.Coordinator], Guid.NewGuid()), pair);
        var researcher = PairAudience.Of(User(Guid.NewGuid(), [PlatformRoles.Researcher], pair.ProgrammeId), pair);

        Assert.True(coordinator is { IsCoordinator: true, CanRead: true });
        Assert.True(referent is { IsReferent: true, IsCoordinator: false, CanRead: true });
        Assert.False(otherReferent.CanRead);
        Assert.False(revokedReferent.CanRead);
        Assert.False(elsewhere.CanRead);
        Assert.False(researcher.CanRead);
    }

    [Fact]
    public void Ops_act_as_coordinators_of_every_programme()
    {
        var pair = Pairs.Proposed();

        var ops = PairAudience.Of(User(Guid.NewGuid(), [PlatformRoles.Ops]), pair);

        Assert.True(ops is { IsCoordinator: true, IsMember: false });
    }
}
