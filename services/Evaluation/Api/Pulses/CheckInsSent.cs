namespace Mentorship.Evaluation.Pulses;

/// <summary>How many active pairs were sent a check-in now, and the surveys that makes (one per member).</summary>
public sealed record CheckInsSent(int Pairs, int Surveys);
