using Mentorship.Enrollment.Domain.Imports;

namespace Mentorship.Enrollment.Imports;

/// <summary>Which format an upload is (by extension, then by content type) and how it is read.</summary>
public static class ImportFiles
{
    public static ImportFormat? Detect(string? fileName, string? contentType)
    {
        var extension = Path.GetExtension(fileName ?? "").ToLowerInvariant();
        if (extension == ".csv")
            return ImportFormat.Csv;
        if (extension == ".xlsx")
            return ImportFormat.Xlsx;
        if (extension.Length > 0)
            return null;
        var mediaType = (contentType ?? "").Split(';')[0].Trim().ToLowerInvariant();
        return mediaType switch
        {
            "text/csv" or "application/csv" => ImportFormat.Csv,
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" => ImportFormat.Xlsx,
            _ => null,
        };
    }

    /// <summary>The sheet of a file whose header is usable; throws <see cref="ImportFileException"/> otherwise.</summary>
    public static ImportSheet Read(byte[] content, ImportFormat format)
    {
        if (content.Length == 0)
            throw new ImportFileException("The file is empty.");
        var sheet = format == ImportFormat.Xlsx ? XlsxSheetReader.Read(content) : CsvSheetReader.Read(content);
        ImportColumns.EnsureUsable(sheet);
        return sheet;
    }
}
