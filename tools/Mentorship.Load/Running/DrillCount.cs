namespace Mentorship.Load.Running;

/// <summary>
/// One thing a drill expects to find after the fault, once each: expected, found, lost (expected, not
/// found) and doubled (found more than once, or more of them than expected). Unacknowledged: found,
/// but the client never got its answer (cut off by the fault after the commit): stored, so not lost.
/// </summary>
public sealed record DrillCount(string What, int Expected, int Found, int Lost, int Doubled, int Unacknowledged = 0)
{
    public bool Exact => Lost == 0 && Doubled == 0;

    /// <summary>From counts, when each item has a key: <paramref name="distinct"/> keys among the <paramref name="found"/> rows.</summary>
    public static DrillCount Of(string what, int expected, int found, int distinct) =>
        new(what, expected, found, Math.Max(0, expected - distinct), found - distinct + Math.Max(0, distinct - expected));

    /// <summary>From what the client was acknowledged and what the store holds, id by id.</summary>
    public static DrillCount Of(string what, Reconciliation reconciliation) =>
        new(what, reconciliation.Acknowledged, reconciliation.Found, reconciliation.Lost.Count, reconciliation.Duplicated.Count, reconciliation.Unacknowledged);
}
