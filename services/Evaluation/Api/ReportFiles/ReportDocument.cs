using Mentorship.ServiceDefaults.Backend.Export;

namespace Mentorship.Evaluation.ReportFiles;

/// <summary>
/// A report as a file: its table (the CSV and XLSX content), and for the PDF a title, whose report it is
/// (programme name and institution), the date and charts.
/// </summary>
public sealed record ReportDocument(
    string Title,
    string Subject,
    DateTimeOffset Date,
    ExportTable Table,
    IReadOnlyList<ReportChart> Charts,
    string FileName);
