namespace Mentorship.Testing;

/// <summary>
/// Waits for state that arrives through the broker. The limit bounds a hang, it is not a speed
/// target; the failure says what was expected. The pause between probes grows from 100 ms to 1 s:
/// most states arrive within the first probes, and a long wait (a matching round, a platform under
/// load) then costs a probe a second instead of ten, each a request through the services.
/// </summary>
public static class Eventually
{
    private static readonly TimeSpan FirstPause = TimeSpan.FromMilliseconds(100);
    private static readonly TimeSpan LongestPause = TimeSpan.FromSeconds(1);

    public static async Task<T> Get<T>(Func<Task<T?>> probe, string expectation, int seconds = 90)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        var pause = FirstPause;
        while (true)
        {
            var value = await probe();
            if (value is not null)
                return value!;
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"Not reached within {seconds} s: {expectation}.");
            await Task.Delay(pause);
            pause = TimeSpan.FromTicks(Math.Min(pause.Ticks * 3 / 2, LongestPause.Ticks));
        }
    }

    public static Task True(Func<Task<bool>> condition, string expectation, int seconds = 90) =>
        Get<object>(async () => await condition() ? true : null, expectation, seconds);
}
