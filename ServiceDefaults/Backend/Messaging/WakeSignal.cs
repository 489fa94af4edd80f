namespace Mentorship.ServiceDefaults.Backend.Messaging;

/// <summary>
/// Wakes a background worker of this process as soon as there is work for it; many wakes before it
/// looks coalesce into one. Other replicas' work is found by the worker's own polling.
/// </summary>
public class WakeSignal
{
    private readonly SemaphoreSlim _wake = new(0, 1);

    public void Notify()
    {
        lock (_wake)
        {
            if (_wake.CurrentCount == 0)
                _wake.Release();
        }
    }

    /// <summary>Returns true when woken, false when the timeout passed first.</summary>
    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) =>
        _wake.WaitAsync(timeout, cancellationToken);

    /// <summary>Returns true when woken, false when <paramref name="timeout"/> passed first on <paramref name="clock"/>.</summary>
    public async Task<bool> WaitAsync(TimeSpan timeout, TimeProvider clock, CancellationToken cancellationToken)
    {
        using var timedOut = new CancellationTokenSource(timeout, clock);
        using var either = CancellationTokenSource.CreateLinkedTokenSource(timedOut.Token, cancellationToken);
        try
        {
            await _wake.WaitAsync(either.Token);
            return true;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }
}
