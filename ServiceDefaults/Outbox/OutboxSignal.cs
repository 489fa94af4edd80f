namespace Mentorship.ServiceDefaults.Outbox;

/// <summary>Wakes this process's dispatcher right after a commit that stored messages; many wakes coalesce into one.</summary>
public sealed class OutboxSignal
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
}
