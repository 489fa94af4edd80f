using System.Globalization;
using System.Text;
using CsvHelper;

namespace Mentorship.ServiceDefaults.Backend.Export;

/// <summary>
/// RFC 4180 CSV in UTF-8 with a byte-order mark (spreadsheet programs then read accents right), dates in
/// ISO 8601, numbers as numbers, and text that would start a spreadsheet formula escaped, since exports
/// are opened in Excel. The escaping is ours, for text only: CsvHelper's would also quote -1 into text.
/// </summary>
public static class CsvTableWriter
{
    private static readonly CsvWriterOptions Options = new() { FormatProvider = CultureInfo.InvariantCulture };

    /// <summary>What spreadsheet programs read as the start of a formula (OWASP CSV injection).</summary>
    private static readonly char[] FormulaStarts = ['=', '+', '-', '@', '\t', '\r'];

    public static byte[] Write(ExportTable table)
    {
        using var stream = new MemoryStream();
        using (var text = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true))
        using (var csv = CsvWriter.Create(text, Options, leaveOpen: true))
        {
            foreach (var column in table.Columns)
                csv.WriteField(column);
            csv.EndRecord();
            foreach (var row in table.Rows)
            {
                foreach (var cell in row)
                    csv.WriteField(Format(cell));
                csv.EndRecord();
            }
        }

        return stream.ToArray();
    }

    private static string Format(object? cell) => cell switch
    {
        null => "",
        DateTimeOffset moment => moment.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture),
        DateOnly day => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        bool flag => flag ? "true" : "false",
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => EscapeFormula(cell.ToString() ?? ""),
    };

    private static string EscapeFormula(string text) =>
        text.Length > 0 && FormulaStarts.Contains(text[0]) ? "'" + text : text;
}
