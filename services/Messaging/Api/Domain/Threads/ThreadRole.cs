namespace Mentorship.Messaging.Domain.Threads;

/// <summary>Why a person is in a pair's thread: one of the pair, or a referent a member invited.</summary>
public enum ThreadRole
{
    Mentee,
    Mentor,
    Guest,
}
