namespace Mentorship.Enrollment.Domain.Imports;

/// <summary>
/// One uploaded file of applications, imported in the background in batches. Each batch commits its
/// applications, its row outcomes and the progress below together, so a restarted import resumes
/// exactly after the last committed batch. The file is dropped once the import ends.
/// </summary>
public sealed class ApplicationImport
{
    /// <summary>A running import whose worker has not reported for this long is taken up again.</summary>
    public static readonly TimeSpan AbandonedAfter = TimeSpan.FromMinutes(2);

    public Guid Id { get; init; }

    public Guid ProgrammeId { get; init; }

    public Guid RequestedBy { get; init; }

    public DateTimeOffset RequestedAt { get; init; }

    public required string FileName { get; init; }

    public ImportFormat Format { get; init; }

    public byte[]? Content { get; private set; }

    public ImportStatus Status { get; private set; }

    public int Total { get; init; }

    public int Processed { get; private set; }

    public int Created { get; private set; }

    public int Invalid { get; private set; }

    public int Duplicates { get; private set; }

    public DateTimeOffset? HeartbeatAt { get; private set; }

    public DateTimeOffset? CompletedAt { get; private set; }

    public string? Failure { get; private set; }

    public static ApplicationImport Queue(
        Guid programmeId, string fileName, ImportFormat format, byte[] content, int total, Guid by, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        ProgrammeId = programmeId,
        RequestedBy = by,
        RequestedAt = now,
        FileName = fileName,
        Format = format,
        Content = content,
        Total = total,
        Status = ImportStatus.Queued,
    };

    public void Start(DateTimeOffset now)
    {
        Status = ImportStatus.Running;
        HeartbeatAt = now;
    }

    public void RecordBatch(IReadOnlyCollection<ImportRowOutcome> outcomes, DateTimeOffset now)
    {
        Processed += outcomes.Count;
        Created += outcomes.Count(o => o.Status == ImportRowStatus.Valid);
        Invalid += outcomes.Count(o => o.Status == ImportRowStatus.Invalid);
        Duplicates += outcomes.Count(o => o.Status == ImportRowStatus.Duplicate);
        HeartbeatAt = now;
    }

    public void Complete(DateTimeOffset now) => End(ImportStatus.Completed, now, failure: null);

    public void Fail(string failure, DateTimeOffset now) => End(ImportStatus.Failed, now, failure);

    private void End(ImportStatus status, DateTimeOffset now, string? failure)
    {
        Status = status;
        CompletedAt = now;
        HeartbeatAt = now;
        Failure = failure;
        Content = null;
    }
}
