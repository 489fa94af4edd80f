namespace Mentorship.Web.Gateway.Models;

/// <summary>How many closed pairs ended with one outcome, and whether it counts as a positive exit.</summary>
public sealed record OutcomeCount(string Outcome, bool Positive, int Count);
