namespace Mentorship.Web.Gateway.Models;

/// <summary>What the next matching round would work with: mentees waiting, mentors and their free seats.</summary>
public sealed record MatchingPool(Guid ProgrammeId, int MenteesWaiting, int Mentors, int FreeSeats, int AppreciationsInForce, int DeclinedPairs);
