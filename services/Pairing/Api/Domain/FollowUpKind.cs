namespace Mentorship.Pairing.Domain;

/// <summary>What a coordinator or referent logs about a pair: a contact with one side or both, or a note of a progress meeting.</summary>
public enum FollowUpKind
{
    Contact,
    MeetingNote,
}
