using Microsoft.EntityFrameworkCore;

namespace Mentorship.ServiceDefaults.Backend.Outbox;

/// <summary>The service's DbContext of the current scope, for the messaging filters that do not know its type.</summary>
public sealed class OutboxDbContextAccessor(DbContext context)
{
    public DbContext Context { get; } = context;
}
