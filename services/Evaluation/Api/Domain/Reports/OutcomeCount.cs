namespace Mentorship.Evaluation.Domain.Reports;

/// <summary>Closed pairs with one outcome; positive exits are job, internship, training, studies and business creation.</summary>
public sealed record OutcomeCount(string Outcome, bool Positive, int Count);
