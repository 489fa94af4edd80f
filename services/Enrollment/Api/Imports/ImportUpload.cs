using Mentorship.Enrollment.Domain.Imports;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Mentorship.Enrollment.Imports;

/// <summary>The uploaded file of a multipart request (field "file", else the first file), or the problem to answer instead.</summary>
public sealed record ImportUpload(byte[] Content, string FileName, ImportFormat Format, ProblemHttpResult? Problem)
{
    private const string Expected = "Send one CSV (.csv, text/csv) or XLSX (.xlsx) file as multipart/form-data, in the field \"file\".";

    public static async Task<ImportUpload> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (!request.HasFormContentType)
            return Refused(StatusCodes.Status415UnsupportedMediaType, "The request is not a file upload.");

        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(cancellationToken);
        }
        catch (InvalidDataException unreadable)
        {
            return Refused(StatusCodes.Status400BadRequest, $"The upload could not be read: {unreadable.Message}");
        }

        var file = form.Files.GetFile("file") ?? form.Files.FirstOrDefault();
        if (file is null)
            return Refused(StatusCodes.Status400BadRequest, "The upload holds no file.");
        if (file.Length > ImportLimits.MaxFileBytes)
            return Refused(StatusCodes.Status413PayloadTooLarge, $"The file is larger than {ImportLimits.MaxFileBytes / (1024 * 1024)} MB.");
        if (ImportFiles.Detect(file.FileName, file.ContentType) is not { } format)
            return Refused(StatusCodes.Status415UnsupportedMediaType, $"'{file.FileName}' ({file.ContentType}) is neither CSV nor XLSX.");

        using var content = new MemoryStream((int)file.Length);
        await file.CopyToAsync(content, cancellationToken);
        return new ImportUpload(content.ToArray(), Path.GetFileName(file.FileName), format, Problem: null);
    }

    private static ImportUpload Refused(int status, string title) =>
        new([], "", default, TypedResults.Problem(statusCode: status, title: title, detail: Expected));
}
