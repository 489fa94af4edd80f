namespace Mentorship.Pairing.Domain;

/// <summary>How far the pair's goals were reached, as one side tells it at the closing interview.</summary>
public enum GoalsReached
{
    None,
    Partly,
    Mostly,
    Fully,
}
