namespace Mentorship.Enrollment.Imports;

/// <summary>The file as a whole cannot be imported (not a CSV or XLSX, no header, no rows): answered as 400.</summary>
public sealed class ImportFileException(string message) : Exception(message);
