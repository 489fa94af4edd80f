namespace Mentorship.Matching.Engine.Scoring;

/// <summary>A person this participant must never be paired with: "thesis-director", "thesis-committee", "line-manager" or "other".</summary>
public sealed record ConflictDeclaration(Guid PersonId, string Relation);
