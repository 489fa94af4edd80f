namespace Mentorship.Enrollment.Imports;

/// <summary>One data row; Number is the row as a spreadsheet shows it (the header is row 1).</summary>
public sealed record ImportSheetRow(int Number, IReadOnlyList<string> Cells);
