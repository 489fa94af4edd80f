namespace Mentorship.Pairing.Domain;

/// <summary>
/// proposed → introduced (mentor accepted) | declined; where the programme asks the mentee to confirm,
/// proposed → awaiting-mentee (mentor accepted) → introduced (mentee accepted) | declined;
/// introduced → contracting (good fit) | not-a-fit; contracting → active (both signed);
/// active, or introduced/contracting as a drop-out → closed.
/// </summary>
public enum PairStatus
{
    Proposed,
    Introduced,
    Declined,
    Contracting,
    NotAFit,
    Active,
    Closed,
    AwaitingMentee,
}
