namespace Mentorship.Pairing.Domain;

public enum GoalStatus
{
    Open,
    InProgress,
    Done,
}
