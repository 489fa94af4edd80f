namespace Mentorship.Enrollment.Imports;

/// <summary>A file's header (lower-cased column names) and its non-empty rows, cells aligned with the header.</summary>
public sealed record ImportSheet(IReadOnlyList<string> Columns, IReadOnlyList<ImportSheetRow> Rows);
