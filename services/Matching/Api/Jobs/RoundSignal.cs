namespace Mentorship.Matching.Jobs;

/// <summary>Wakes this replica's round worker when a round is queued here; other replicas find it by polling.</summary>
public sealed class RoundSignal
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

    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => _wake.WaitAsync(timeout, cancellationToken);
}
