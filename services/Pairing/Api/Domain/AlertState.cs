namespace Mentorship.Pairing.Domain;

/// <summary>
/// open → acknowledged (staff took it in hand: no more escalation) → closed; or open → closed. An alert
/// stays unclosed while its condition holds, so the same condition never raises a second one.
/// </summary>
public enum AlertState
{
    Open,
    Acknowledged,
    Closed,
}
