using Mentorship.Messaging.Domain.Threads;

namespace Mentorship.Messaging.Apis.Models;

/// <summary>A pair's thread: who is in it (and who invited whom) and whether it is read-only.</summary>
public sealed record ThreadView(
    Guid PairId,
    Guid ProgrammeId,
    bool ReadOnly,
    ThreadClosure? Closure,
    DateTimeOffset? ClosedAt,
    IReadOnlyList<ThreadMemberView> Members)
{
    public static ThreadView From(PairThread thread) => new(
        thread.PairId,
        thread.ProgrammeId,
        thread.ReadOnly,
        thread.Closure,
        thread.ClosedAt,
        thread.Members
            .OrderBy(m => m.Role).ThenBy(m => m.JoinedAt)
            .Select(m => new ThreadMemberView(m.PersonId, m.Role, m.InvitedBy, m.JoinedAt))
            .ToList());
}
