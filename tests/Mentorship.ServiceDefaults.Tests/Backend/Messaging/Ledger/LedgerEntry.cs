namespace Mentorship.ServiceDefaults.Tests.Backend.Messaging.Ledger;

/// <summary>The state change of the test service: an entry whose event the outbox must deliver.</summary>
public sealed class LedgerEntry
{
    public Guid Id { get; set; }
}
