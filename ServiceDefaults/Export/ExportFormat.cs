namespace Mentorship.ServiceDefaults.Export;

/// <summary>The ?format= of export endpoints.</summary>
public enum ExportFormat
{
    Csv,
    Xlsx,
}
