using CsvHelper;

namespace Mentorship.Enrollment.Imports;

/// <summary>
/// Reads a CSV in UTF-8 (or with a UTF-16 byte-order mark); the separator is detected among , ; tab and |,
/// so files saved by a French or Dutch Excel (;) read as well as the template.
/// </summary>
public static class CsvSheetReader
{
    private static readonly CsvReaderOptions Options = new()
    {
        MalformedData = CsvMalformedDataHandling.Throw,
        TrimWhitespace = true,
        SkipEmptyLines = true,
    };

    public static ImportSheet Read(byte[] content)
    {
        try
        {
            using var csv = CsvReader.Create(content, Options);
            var columns = csv.Headers.ToList();
            var rows = new List<ImportSheetRow>();
            while (csv.Read())
            {
                var cells = new string[columns.Count];
                for (var i = 0; i < cells.Length; i++)
                    cells[i] = i < csv.FieldCount ? csv.GetString(i) : "";
                if (cells.Any(cell => cell.Length > 0))
                    rows.Add(new ImportSheetRow((int)csv.RowNumber + 1, cells));
                ImportLimits.EnsureRowCount(rows.Count);
            }

            return new ImportSheet(columns, rows);
        }
        catch (CsvFormatException malformed)
        {
            throw new ImportFileException($"The file is not a readable CSV: {malformed.Message}");
        }
    }
}
