using System.Globalization;
using System.Text;
using Mentorship.ServiceDefaults.Backend.Export;
using Mentorship.ServiceDefaults.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Mentorship.Evaluation.ReportFiles;

/// <summary>Answers a report endpoint asked for a file: CSV and XLSX through the shared table writers, PDF with the charts.</summary>
public static class ReportDownload
{
    public const string PdfContentType = "application/pdf";

    public static ReportFormat Parse(string? format) => QueryEnum.Parse<ReportFormat>(format, "format") ?? ReportFormat.Json;

    public static FileContentHttpResult Result(ReportDocument document, ReportFormat format) => format switch
    {
        ReportFormat.Pdf => TypedResults.File(PdfReportWriter.Write(document), PdfContentType, document.FileName + ".pdf"),
        ReportFormat.Xlsx => TableFiles.Result(document.Table, ExportFormat.Xlsx, document.FileName),
        _ => TableFiles.Result(document.Table, ExportFormat.Csv, document.FileName),
    };

    /// <summary>"outcomes-ulb-t-m-2026-2026-12-01": ASCII only, so every browser and shell keeps the download's name.</summary>
    public static string FileName(string report, string subject, DateTimeOffset date)
    {
        var slug = new StringBuilder();
        foreach (var c in subject.Normalize(NormalizationForm.FormD).ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c))
                slug.Append(c);
            else if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark && slug.Length > 0 && slug[^1] != '-')
                slug.Append('-');
        }

        var name = slug.ToString().Trim('-');
        name = name[..Math.Min(60, name.Length)].Trim('-');
        return $"{report}-{(name.Length == 0 ? "" : name + "-")}{date.UtcDateTime:yyyy-MM-dd}";
    }
}
