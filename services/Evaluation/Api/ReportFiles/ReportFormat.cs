namespace Mentorship.Evaluation.ReportFiles;

/// <summary>The ?format= of a report: JSON (the default) or a download.</summary>
public enum ReportFormat
{
    Json,
    Csv,
    Xlsx,
    Pdf,
}
