namespace Mentorship.Enrollment.Contracts;

/// <summary>
/// A service finished a <see cref="PersonErasureRequested"/>: Enrollment, which coordinates erasures,
/// records it per service. Carries the erasure id only, so the services' outboxes keep no trace of the person.
/// </summary>
public sealed record PersonErased(
    Guid ErasureId,
    string Service,
    DateTimeOffset ErasedAt);
