namespace Mentorship.ServiceDefaults.Tests.Messaging.Ledger;

public sealed record EntryAdded(Guid EntryId);
