namespace Mentorship.ServiceDefaults.Tests.Backend.Messaging.Ledger;

public sealed record EntryAdded(Guid EntryId);
