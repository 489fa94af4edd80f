using Mentorship.Enrollment.Domain.Imports;
using Mentorship.ServiceDefaults.Http;

namespace Mentorship.Enrollment.Apis.Models;

/// <summary>An import and its progress (processed of total); rows are its per-row results so far, one page at a time.</summary>
public sealed record ImportView(
    Guid Id,
    Guid ProgrammeId,
    string FileName,
    ImportFormat Format,
    ImportStatus Status,
    int Total,
    int Processed,
    int Created,
    int Invalid,
    int Duplicate,
    DateTimeOffset RequestedAt,
    DateTimeOffset? CompletedAt,
    string? Failure,
    PagedResult<ImportRowView>? Rows)
{
    public static ImportView From(ApplicationImport import, PagedResult<ImportRowView>? rows) => new(
        import.Id, import.ProgrammeId, import.FileName, import.Format, import.Status, import.Total, import.Processed,
        import.Created, import.Invalid, import.Duplicates, import.RequestedAt, import.CompletedAt, import.Failure, rows);
}
