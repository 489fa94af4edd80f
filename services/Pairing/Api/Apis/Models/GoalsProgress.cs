namespace Mentorship.Pairing.Apis.Models;

/// <summary>What staff see of the action plan: how many goals, how many done.</summary>
public sealed record GoalsProgress(int Done, int Total);
