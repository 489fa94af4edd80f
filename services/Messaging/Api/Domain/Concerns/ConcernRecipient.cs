using Mentorship.ServiceDefaults.Identity;

namespace Mentorship.Messaging.Domain.Concerns;

/// <summary>
/// Who handles a concern, and so reads its text: the pair's referent while their token holds the role
/// (or, when the pair had none, the programme's referents), and the escalation contacts of every tier
/// it reached. Neither coordinators nor ops read a concern unless they are among them.
/// </summary>
public static class ConcernRecipient
{
    public static bool Handles(CurrentUser user, Concern concern)
    {
        if (concern.ContactIds.Contains(user.PersonId))
            return true;
        if (!user.Holds(PlatformRoles.Referent, concern.ProgrammeId))
            return false;
        return concern.ReferentId is not { } referentId || referentId == user.PersonId;
    }

    /// <summary>May follow the programme's concerns at all: a referent of it, or one of its escalation contacts.</summary>
    public static bool Receives(CurrentUser user, Guid programmeId, IEnumerable<EscalationPolicy> policies) =>
        user.Holds(PlatformRoles.Referent, programmeId) || policies.Any(p => p.Lists(user.PersonId));
}
