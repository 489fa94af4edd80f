namespace Mentorship.Messaging.Domain.Concerns;

/// <summary>Whom a concern was addressed to: the referent of the pair it is about, or the programme's designated contact.</summary>
public enum ConcernRoute
{
    PairReferent,
    ProgrammeContact,
}
