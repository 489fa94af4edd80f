namespace Mentorship.ServiceDefaults.Backend.Privacy;

/// <summary>A column of one of the service's tables that can hold or embed a person's id.</summary>
public sealed record PersonColumn(string Table, string Name, PersonColumnKind Kind);
