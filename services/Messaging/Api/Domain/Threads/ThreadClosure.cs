namespace Mentorship.Messaging.Domain.Threads;

/// <summary>Why a thread stopped taking new messages; it stays readable to its members.</summary>
public enum ThreadClosure
{
    MentorDeclined,
    MenteeDeclined,
    NotAFit,
    PairClosed,
}
