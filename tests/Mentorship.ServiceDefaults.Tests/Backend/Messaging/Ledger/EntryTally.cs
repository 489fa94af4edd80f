namespace Mentorship.ServiceDefaults.Tests.Backend.Messaging.Ledger;

/// <summary>What a consumer did with an entry's event: how many times it was applied, and the last redelivery count seen.</summary>
public sealed class EntryTally
{
    public Guid EntryId { get; set; }

    public int Applied { get; set; }

    public int RedeliveryCount { get; set; }
}
