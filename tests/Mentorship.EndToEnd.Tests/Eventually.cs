namespace Mentorship.EndToEnd.Tests;

/// <summary>Waits for what arrives through the broker; the limit bounds a hang and is not a speed target.</summary>
public static class Eventually
{
    public static async Task<T> Get<T>(Func<Task<T?>> probe, string expectation, int seconds = 90)
        where T : class
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (true)
        {
            var value = await probe();
            if (value is not null)
                return value;
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"Not reached within {seconds} s: {expectation}.");
            await Task.Delay(250);
        }
    }
}
