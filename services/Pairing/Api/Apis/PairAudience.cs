using Mentorship.Pairing.Domain;
using Mentorship.ServiceDefaults.Identity;

namespace Mentorship.Pairing.Apis;

/// <summary>
/// Who is looking at a pair: its members (by person id, whatever roles the token holds), the programme's
/// coordinators (ops included) or its referents. Referents are staff of the whole programme for now;
/// assigning a referent to given pairs is a later change.
/// </summary>
public sealed record PairAudience(PairMember? Member, bool IsCoordinator, bool IsReferent)
{
    public bool IsMember => Member is not null;

    public bool IsMentor => Member == PairMember.Mentor;

    public bool CanRead => IsMember || IsCoordinator || IsReferent;

    public static PairAudience Of(CurrentUser user, Pair pair) => new(
        pair.MemberOf(user.PersonId),
        user.IsStaffOf(pair.ProgrammeId, PlatformRoles.Coordinator),
        user.IsStaffOf(pair.ProgrammeId, PlatformRoles.Referent));
}
