namespace Mentorship.ServiceDefaults.Backend.Export;

/// <summary>
/// A table to export: column headers and rows of cell values (string, numbers, booleans, dates or null),
/// written as CSV or XLSX by <see cref="TableFiles"/>.
/// </summary>
public sealed record ExportTable(string Name, IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<object?>> Rows);
