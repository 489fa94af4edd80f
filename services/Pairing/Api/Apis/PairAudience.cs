using Mentorship.Pairing.Domain;
using Mentorship.ServiceDefaults.Identity;

namespace Mentorship.Pairing.Apis;

/// <summary>
/// Who is looking at a pair: its members (by person id, whatever roles the token holds), the programme's
/// coordinators (ops included) or the pair's own referent, while their token still holds the role in the
/// programme (a revoked referent loses the pair at once). Other referents of the programme see nothing of it.
/// Pair handlers check with it after loading the pair rather than through the programme staff filter,
/// because it admits the pair's members and its referent, whom no programme role describes.
/// </summary>
public sealed record PairAudience(PairMember? Member, bool IsCoordinator, bool IsReferent)
{
    public bool IsMember => Member is not null;

    public bool IsMentor => Member == PairMember.Mentor;

    public bool IsMentee => Member == PairMember.Mentee;

    public bool CanRead => IsMember || IsCoordinator || IsReferent;

    /// <summary>Staff who follow the pair (its follow-up log, its closing interviews); never its own members.</summary>
    public bool FollowsUp => !IsMember && (IsCoordinator || IsReferent);

    public static PairAudience Of(CurrentUser user, Pair pair) => new(
        pair.MemberOf(user.PersonId),
        user.IsStaffOf(pair.ProgrammeId, PlatformRoles.Coordinator),
        pair.ReferentId == user.PersonId && user.Holds(PlatformRoles.Referent, pair.ProgrammeId));
}
