namespace Mentorship.Matching.Engine.Rounds;

/// <summary>Some pins cannot be honoured, so no plan is made; every rejected pin is listed in <see cref="Rejected"/>.</summary>
public sealed class PinsRejectedException(IReadOnlyList<RejectedPin> rejected) : Exception(Describe(rejected))
{
    private const int ListedInMessage = 5;

    public IReadOnlyList<RejectedPin> Rejected { get; } = rejected;

    private static string Describe(IReadOnlyList<RejectedPin> rejected) =>
        $"{rejected.Count} pin(s) cannot be honoured: "
        + string.Join("; ", rejected.Take(ListedInMessage).Select(r => $"{r.MenteeId} -> {r.MentorId}: {string.Join(", ", r.Reasons)}"))
        + (rejected.Count > ListedInMessage ? "; ..." : string.Empty);
}
