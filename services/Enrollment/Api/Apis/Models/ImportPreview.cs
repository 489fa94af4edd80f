namespace Mentorship.Enrollment.Apis.Models;

/// <summary>What an import of the file would do, row by row; nothing was written.</summary>
public sealed record ImportPreview(int Total, int Valid, int Invalid, int Duplicate, IReadOnlyList<ImportRowView> Rows);
