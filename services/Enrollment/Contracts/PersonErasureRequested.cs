namespace Mentorship.Enrollment.Contracts;

/// <summary>
/// Someone asked for a person's data to be erased (DELETE /api/people/{personId}). Every service erases
/// or irreversibly pseudonymises what it holds on the person, in the transaction that also publishes its
/// <see cref="PersonErased"/>. Ids only: the person's details never travel.
/// </summary>
public sealed record PersonErasureRequested(
    Guid ErasureId,
    Guid PersonId,
    DateTimeOffset RequestedAt);
