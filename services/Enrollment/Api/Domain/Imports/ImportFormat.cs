namespace Mentorship.Enrollment.Domain.Imports;

public enum ImportFormat
{
    Csv,
    Xlsx,
}
