namespace Mentorship.Messaging.Domain.Concerns;

public enum ConcernCategory
{
    Conflict,
    Demotivation,
    Discrimination,
    WellBeing,
    Other,
}
