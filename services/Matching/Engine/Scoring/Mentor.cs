namespace Mentorship.Matching.Engine.Scoring;

/// <summary>
/// A mentor: takes up to <see cref="Capacity"/> mentees in this programme, of which
/// <see cref="CurrentLoad"/> are already taken; when <see cref="GlobalCap"/> is given, also at most
/// that many across all programmes, <see cref="GlobalLoad"/> being taken already.
/// </summary>
public sealed record Mentor(Guid PersonId, ParticipantProfile Profile, int Capacity, int CurrentLoad = 0, int? GlobalCap = null, int GlobalLoad = 0)
{
    /// <summary>How many more mentees this mentor can take now.</summary>
    public int RemainingCapacity => Math.Max(0, Math.Min(Capacity - CurrentLoad, GlobalCap is { } cap ? cap - GlobalLoad : int.MaxValue));
}
