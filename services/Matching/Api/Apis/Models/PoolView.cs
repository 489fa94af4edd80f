namespace Mentorship.Matching.Apis.Models;

/// <summary>What the next round would work with: mentees waiting for a mentor and mentors' free seats.</summary>
public sealed record PoolView(Guid ProgrammeId, int MenteesWaiting, int Mentors, int FreeSeats, int AppreciationsInForce, int DeclinedPairs);
