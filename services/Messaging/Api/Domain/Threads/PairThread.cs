using Mentorship.Messaging.Resources;
using Mentorship.ServiceDefaults.Transitions;

namespace Mentorship.Messaging.Domain.Threads;

/// <summary>
/// A pair's private thread. It opens when the match is proposed, admits the pair's two members and
/// the referents they invite, and becomes read-only for good when the pair does not go on (declined,
/// not a fit) or is closed. Pairing's events may arrive in any order, so any of them may open it.
/// </summary>
public sealed class PairThread
{
    public Guid PairId { get; init; }

    public Guid ProgrammeId { get; init; }

    public Guid MenteeId { get; init; }

    public Guid MentorId { get; init; }

    public DateTimeOffset OpenedAt { get; init; }

    public ThreadClosure? Closure { get; private set; }

    public DateTimeOffset? ClosedAt { get; private set; }

    public List<ThreadMember> Members { get; init; } = [];

    /// <summary>Optimistic concurrency (PostgreSQL xmin): a closing event and an invitation do not overwrite each other.</summary>
    public uint Version { get; private set; }

    public bool ReadOnly => Closure is not null;

    public static PairThread Open(Guid pairId, Guid programmeId, Guid menteeId, Guid mentorId, DateTimeOffset now) => new()
    {
        PairId = pairId,
        ProgrammeId = programmeId,
        MenteeId = menteeId,
        MentorId = mentorId,
        OpenedAt = now,
        Members =
        [
            new ThreadMember { PairId = pairId, PersonId = menteeId, Role = ThreadRole.Mentee, JoinedAt = now },
            new ThreadMember { PairId = pairId, PersonId = mentorId, Role = ThreadRole.Mentor, JoinedAt = now },
        ],
    };

    public bool IsPairMember(Guid personId) => personId == MenteeId || personId == MentorId;

    public ThreadMember? MemberOf(Guid personId) => Members.FirstOrDefault(m => m.PersonId == personId);

    /// <summary>Everyone who should count a message from this sender as unread.</summary>
    public IReadOnlyList<Guid> ReadersOtherThan(Guid senderId) =>
        Members.Where(m => m.PersonId != senderId).Select(m => m.PersonId).ToList();

    /// <summary>The first closure is kept: a pair declined and later reported closed stays "declined".</summary>
    public TransitionResult Close(ThreadClosure closure, DateTimeOffset now)
    {
        if (ReadOnly)
            return TransitionResult.AlreadySo;
        Closure = closure;
        ClosedAt = now;
        return TransitionResult.Done;
    }

    public TransitionResult CanPost() =>
        Closure switch
        {
            null => TransitionResult.Done,
            ThreadClosure.MentorDeclined => TransitionResult.Conflict(MessagingTexts.All.InUiLanguage("problem.thread.read-only.mentor-declined")),
            ThreadClosure.MenteeDeclined => TransitionResult.Conflict(MessagingTexts.All.InUiLanguage("problem.thread.read-only.mentee-declined")),
            ThreadClosure.NotAFit => TransitionResult.Conflict(MessagingTexts.All.InUiLanguage("problem.thread.read-only.not-a-fit")),
            _ => TransitionResult.Conflict(MessagingTexts.All.InUiLanguage("problem.thread.read-only.closed")),
        };

    /// <summary>
    /// A pair member brings a referent into the thread. The invited person joins having "read" what was
    /// already said, so the history is readable without showing up as unread.
    /// </summary>
    public TransitionResult Invite(Guid personId, Guid invitedBy, long newestSequence, DateTimeOffset now)
    {
        if (IsPairMember(personId))
            return TransitionResult.Conflict(MessagingTexts.All.InUiLanguage("problem.thread.already-member"));
        if (MemberOf(personId) is not null)
            return TransitionResult.AlreadySo;

        Members.Add(new ThreadMember
        {
            PairId = PairId,
            PersonId = personId,
            Role = ThreadRole.Guest,
            InvitedBy = invitedBy,
            JoinedAt = now,
            LastReadSequence = newestSequence,
        });
        return TransitionResult.Done;
    }
}
