namespace Mentorship.Load.Running;

/// <summary>
/// What was acknowledged against what is found afterwards. Lost: acknowledged, not found. Duplicated:
/// found more than once. Unacknowledged: found, but its answer never reached the client (a request cut
/// by the run's deadline or a client timeout after the server committed): stored, so not lost.
/// </summary>
public sealed record Reconciliation(int Acknowledged, int Found, IReadOnlyList<Guid> Lost, IReadOnlyList<Guid> Duplicated, int Unacknowledged)
{
    public bool NothingLost => Lost.Count == 0 && Duplicated.Count == 0;

    public static Reconciliation Of(IReadOnlyCollection<Guid> acknowledged, IReadOnlyCollection<Guid> found)
    {
        var foundSet = found.ToHashSet();
        var acknowledgedSet = acknowledged.ToHashSet();
        var lost = acknowledgedSet.Where(id => !foundSet.Contains(id)).ToList();
        var duplicated = found.GroupBy(id => id).Where(group => group.Count() > 1).Select(group => group.Key).ToList();
        return new Reconciliation(acknowledged.Count, found.Count, lost, duplicated, foundSet.Count(id => !acknowledgedSet.Contains(id)));
    }
}
