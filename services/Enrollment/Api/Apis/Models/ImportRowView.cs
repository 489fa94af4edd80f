using Mentorship.Enrollment.Domain.Imports;

namespace Mentorship.Enrollment.Apis.Models;

/// <summary>One row's result: valid rows carry the eligibility verdict (and, once imported, the application), the others their errors.</summary>
public sealed record ImportRowView(int Row, ImportRowStatus Status, IReadOnlyList<ImportError> Errors, Guid? ApplicationId, bool? Eligible)
{
    public static ImportRowView From(ImportRowOutcome outcome) =>
        new(outcome.Row, outcome.Status, outcome.Errors, outcome.ApplicationId, outcome.Eligible);
}
