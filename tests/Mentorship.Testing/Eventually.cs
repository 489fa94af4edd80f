namespace Mentorship.Testing;

/// <summary>
/// Waits for state that arrives through the broker. The limit bounds a hang, it is not a speed
/// target; the failure says what was expected.
/// </summary>
public static class Eventually
{
    public static async Task<T> Get<T>(Func<Task<T?>> probe, string expectation, int seconds = 90)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (true)
        {
            var value = await probe();
            if (value is not null)
                return value!;
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"Not reached within {seconds} s: {expectation}.");
            await Task.Delay(100);
        }
    }

    public static Task True(Func<Task<bool>> condition, string expectation, int seconds = 90) =>
        Get<object>(async () => await condition() ? true : null, expectation, seconds);
}
