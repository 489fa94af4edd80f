using Mentorship.ServiceDefaults.Identity;

namespace Mentorship.Messaging.Domain.Concerns;

/// <summary>
/// Who receives a programme's concerns. No service yet says which referent supervises which pair or
/// who the programme's designated contact is, so for now both routes reach the programme's referents,
/// and only them: neither coordinators nor ops read a concern's text unless they are also its referents.
/// </summary>
public static class ConcernRecipient
{
    public static bool Receives(CurrentUser user, Guid programmeId) =>
        user.Holds(PlatformRoles.Referent, programmeId);
}
