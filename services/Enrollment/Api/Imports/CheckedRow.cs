using Mentorship.Enrollment.Apis.Models;
using Mentorship.Enrollment.Domain;
using Mentorship.Enrollment.Domain.Imports;

namespace Mentorship.Enrollment.Imports;

/// <summary>
/// A row after checking: valid rows carry the request to submit, the person it is for and its natural
/// key (role and normalised e-mail); invalid and duplicate rows carry why.
/// </summary>
public sealed record CheckedRow(
    int Row,
    ImportRowStatus Status,
    IReadOnlyList<ImportError> Errors,
    SubmitApplicationRequest? Request = null,
    Guid PersonId = default,
    ParticipantRole Role = default,
    string Email = "")
{
    public CheckedRow AsDuplicate(string message) =>
        this with { Status = ImportRowStatus.Duplicate, Errors = [new ImportError("email", "unique", message)] };
}
