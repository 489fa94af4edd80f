using System.IO.Packaging;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Mentorship.Enrollment.Imports;

/// <summary>
/// Reads the first worksheet of an XLSX with the Open XML SDK's forward-only reader (one row in memory
/// at a time, not the whole DOM). Numbers come as the file stores them ("3", "34000" for a date), text
/// from the shared-string table or inline; the first non-empty row is the header.
/// </summary>
public static class XlsxSheetReader
{
    public static ImportSheet Read(byte[] content)
    {
        try
        {
            using var stream = new MemoryStream(content, writable: false);
            using var document = SpreadsheetDocument.Open(stream, isEditable: false);
            var workbook = document.WorkbookPart ?? throw new ImportFileException("The workbook has no worksheet.");
            var sheet = workbook.Workbook?.Sheets?.Elements<Sheet>().FirstOrDefault()
                        ?? throw new ImportFileException("The workbook has no worksheet.");
            var worksheet = (WorksheetPart)workbook.GetPartById(sheet.Id!.Value!);
            var sharedStrings = workbook.SharedStringTablePart?.SharedStringTable?.Elements<SharedStringItem>()
                .Select(item => item.InnerText).ToArray() ?? [];
            return ReadRows(worksheet, sharedStrings);
        }
        catch (Exception unreadable) when (unreadable is OpenXmlPackageException or FileFormatException or InvalidDataException
                                               or InvalidOperationException or ArgumentException or IndexOutOfRangeException)
        {
            throw new ImportFileException("The file is not a readable XLSX workbook.");
        }
    }

    private static ImportSheet ReadRows(WorksheetPart worksheet, string[] sharedStrings)
    {
        List<string>? columns = null;
        var rows = new List<ImportSheetRow>();
        using var reader = OpenXmlReader.Create(worksheet);
        while (reader.Read())
        {
            if (reader.ElementType != typeof(Row) || !reader.IsStartElement)
                continue;
            var row = (Row)reader.LoadCurrentElement()!;
            var cells = Cells(row, sharedStrings);
            if (cells.All(cell => cell.Length == 0))
                continue;
            if (columns is null)
            {
                columns = [.. cells];
                continue;
            }

            var aligned = new string[columns.Count];
            for (var i = 0; i < aligned.Length; i++)
                aligned[i] = i < cells.Count ? cells[i] : "";
            rows.Add(new ImportSheetRow((int)(row.RowIndex?.Value ?? (uint)rows.Count + 2), aligned));
            ImportLimits.EnsureRowCount(rows.Count);
        }

        return new ImportSheet(columns ?? [], rows);
    }

    private static List<string> Cells(Row row, string[] sharedStrings)
    {
        var cells = new List<string>();
        foreach (var cell in row.Elements<Cell>())
        {
            var index = cell.CellReference?.Value is { } reference ? ColumnIndex(reference) : cells.Count;
            while (cells.Count < index)
                cells.Add("");
            cells.Add(Value(cell, sharedStrings).Trim());
        }

        return cells;
    }

    private static string Value(Cell cell, string[] sharedStrings)
    {
        var type = cell.DataType?.Value;
        if (type == CellValues.SharedString)
            return int.TryParse(cell.CellValue?.Text, out var index) && index >= 0 && index < sharedStrings.Length ? sharedStrings[index] : "";
        if (type == CellValues.InlineString)
            return cell.InlineString?.InnerText ?? "";
        if (type == CellValues.Boolean)
            return cell.CellValue?.Text is "1" or "true" or "TRUE" ? "true" : "false";
        return cell.CellValue?.Text ?? "";
    }

    /// <summary>"C12" is column 2 (0-based).</summary>
    private static int ColumnIndex(string reference)
    {
        var index = 0;
        foreach (var c in reference.TakeWhile(char.IsLetter))
            index = (index * 26) + (char.ToUpperInvariant(c) - 'A' + 1);
        return index - 1;
    }
}
