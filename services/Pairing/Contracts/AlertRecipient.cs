namespace Mentorship.Pairing.Contracts;

/// <summary>
/// Who an alert is for: a pair member or the pair's referent by id (roles "mentee", "mentor", "referent"),
/// or the programme's coordinators as a group (role "coordinators", no id).
/// </summary>
public sealed record AlertRecipient(string Role, Guid? PersonId);
