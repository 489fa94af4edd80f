namespace Mentorship.ServiceDefaults.Backend.Export;

/// <summary>The ?format= of export endpoints.</summary>
public enum ExportFormat
{
    Csv,
    Xlsx,
}
