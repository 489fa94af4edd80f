using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Mentorship.ServiceDefaults.Backend.Export;

/// <summary>Answers an export endpoint with the table as a download in the requested format.</summary>
public static class TableFiles
{
    public const string CsvContentType = "text/csv; charset=utf-8";
    public const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static FileContentHttpResult Result(ExportTable table, ExportFormat format, string fileNameWithoutExtension) =>
        format == ExportFormat.Xlsx
            ? TypedResults.File(XlsxTableWriter.Write(table), XlsxContentType, fileNameWithoutExtension + ".xlsx")
            : TypedResults.File(CsvTableWriter.Write(table), CsvContentType, fileNameWithoutExtension + ".csv");
}
