namespace Mentorship.Enrollment.Domain.Erasures;

/// <summary>A service's confirmation that it erased the person (its PersonErased event).</summary>
public sealed class ErasureReceipt
{
    public const int ServiceMaxLength = 50;

    public Guid ErasureId { get; init; }

    public required string Service { get; init; }

    public DateTimeOffset ErasedAt { get; init; }
}
