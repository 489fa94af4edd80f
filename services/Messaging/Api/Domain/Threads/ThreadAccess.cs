using Mentorship.Messaging.Resources;
using Mentorship.ServiceDefaults.Identity;

namespace Mentorship.Messaging.Domain.Threads;

/// <summary>
/// Who reads and writes a pair's thread: its mentee and mentor, and a person they invited while that
/// person is a referent of the programme. Nobody else, whatever their role: what a pair says stays
/// between them. The check admits the pair's members, whom no programme role describes, so handlers make
/// it after loading the thread instead of through the programme staff filter.
/// </summary>
public static class ThreadAccess
{
    public static string Confidential => MessagingTexts.All.InUiLanguage("problem.thread.confidential");

    public static string ConfidentialToStaff => MessagingTexts.All.InUiLanguage("problem.thread.confidential-to-staff");

    /// <summary>Null when the person may use the thread, else why not.</summary>
    public static string? RefusalFor(PairThread thread, CurrentUser user)
    {
        if (thread.IsPairMember(user.PersonId))
            return null;
        var invited = thread.MemberOf(user.PersonId) is { Role: ThreadRole.Guest };
        var referent = user.Holds(PlatformRoles.Referent, thread.ProgrammeId);
        if (invited && referent)
            return null;
        return user.IsStaffOf(thread.ProgrammeId, [.. PlatformRoles.Staff]) ? ConfidentialToStaff : Confidential;
    }
}
