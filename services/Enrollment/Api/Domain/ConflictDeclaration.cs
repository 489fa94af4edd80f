namespace Mentorship.Enrollment.Domain;

/// <summary>Someone this participant must never be paired with: thesis director, committee member, line manager, other.</summary>
public sealed record ConflictDeclaration(Guid PersonId, string Relation)
{
    public static readonly IReadOnlyList<string> Relations = ["thesis-director", "thesis-committee", "line-manager", "other"];
}
