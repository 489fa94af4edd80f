namespace Mentorship.Messaging.Domain.Notifications;

/// <summary>What a notification says; the words are chosen in the reader's language when it is read.</summary>
public enum NotificationKind
{
    /// <summary>To a mentor: a mentee's profile is proposed and awaits their decision.</summary>
    MenteeProposed,

    /// <summary>To a mentee: the proposed mentor agreed to meet.</summary>
    MentorAccepted,

    /// <summary>To a mentee: this pair will not go on and a new match is being sought.</summary>
    NewMatchSought,

    /// <summary>To a mentor, where the mentee confirms too: the mentee confirmed the pair.</summary>
    MenteeConfirmed,

    /// <summary>To a mentor, where the mentee confirms too: the mentee declined the pair.</summary>
    MenteeDeclined,

    /// <summary>To both members: the engagement is signed.</summary>
    PairActivated,

    /// <summary>To both members: the pair ended.</summary>
    PairClosed,

    /// <summary>To a respondent: an evaluation awaits them.</summary>
    SurveyAssigned,

    /// <summary>To the person who raised a concern: a referent has taken it up.</summary>
    ConcernAcknowledged,

    /// <summary>To a concern's handler: a concern was raised to them or escalated to their tier.</summary>
    ConcernReceived,

    /// <summary>To the person who raised a concern: it is being handled.</summary>
    ConcernInProgress,

    /// <summary>To the person who raised a concern: it was resolved.</summary>
    ConcernResolved,

    /// <summary>To the person who raised a concern: it went up to the next tier of contacts.</summary>
    ConcernEscalated,

    // Pair alerts (Pairing's AlertKinds), to the persons named and to the programme's coordinators.
    AlertMentorDecisionOverdue,
    AlertFirstMeetingNotHeld,
    AlertContractUnsigned,
    AlertBehindCadence,
    AlertActionPlanMissing,
    AlertSurveyPending,
    AlertTermApproaching,
    AlertTermPassed,
    AlertConcernUnanswered,
}
