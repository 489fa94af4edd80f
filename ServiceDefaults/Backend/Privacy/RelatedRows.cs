namespace Mentorship.ServiceDefaults.Backend.Privacy;

/// <summary>
/// Rows of a table that are about the person without naming them, e.g. the follow-up log of their pair:
/// <paramref name="Condition"/> is SQL over the table's columns with @id, the person's uuid. They belong
/// in the person's export even though <see cref="PersonTables"/> cannot find them by their id.
/// </summary>
public sealed record RelatedRows(string Table, string Condition);
