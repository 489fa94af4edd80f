namespace Mentorship.ServiceDefaults.Transitions;

public enum TransitionOutcome
{
    /// <summary>The state changed: announce and save.</summary>
    Done,

    /// <summary>Nothing to do, the state already is what was asked: answer as for Done, announce nothing.</summary>
    AlreadySo,

    /// <summary>Refused because of the entity's current state (409).</summary>
    Conflict,

    /// <summary>Refused because a given value does not fit this entity (400 naming the field).</summary>
    Invalid,
}
