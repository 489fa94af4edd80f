namespace Mentorship.Gateway.Tests.Support;

/// <summary>A clock that moves only when told, so that expiry can be tested without waiting.</summary>
public sealed class ManualClock(DateTimeOffset now) : TimeProvider
{
    private DateTimeOffset now = now;

    public override DateTimeOffset GetUtcNow() => now;

    public void Advance(TimeSpan by) => now += by;
}
