namespace Mentorship.ServiceDefaults.Tests.Messaging;

/// <summary>Waits for state that arrives through the broker; the limit is generous because it bounds a hang, not a speed.</summary>
public static class Eventually
{
    public static async Task<T> Get<T>(Func<Task<T?>> probe, string expectation, int seconds = 60)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (true)
        {
            var value = await probe();
            if (value is not null)
                return value;
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"Not reached within {seconds} s: {expectation}.");
            await Task.Delay(100);
        }
    }

    public static Task True(Func<Task<bool>> condition, string expectation, int seconds = 60) =>
        Get<object>(async () => await condition() ? true : null, expectation, seconds);
}
