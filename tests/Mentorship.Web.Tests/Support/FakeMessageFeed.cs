using Mentorship.Web.Gateway.Models;
using Mentorship.Web.Live;

namespace Mentorship.Web.Tests.Support;

/// <summary>Live delivery as a test drives it: <see cref="PushAsync"/> delivers a message to the open conversation.</summary>
public sealed class FakeMessageFeed : IPairMessageFeed
{
    private readonly List<(Guid PairId, Func<Message, Task> Received)> _subscribers = [];

    /// <summary>False makes the hub unreachable: subscribing answers null.</summary>
    public bool Available { get; set; } = true;

    public Task<IAsyncDisposable?> SubscribeAsync(Guid pairId, Func<Message, Task> received, CancellationToken cancellationToken)
    {
        if (!Available)
            return Task.FromResult<IAsyncDisposable?>(null);
        var subscriber = (pairId, received);
        _subscribers.Add(subscriber);
        return Task.FromResult<IAsyncDisposable?>(new Subscription(() => _subscribers.Remove(subscriber)));
    }

    public Task PushAsync(Message message) =>
        Task.WhenAll(_subscribers.Where(s => s.PairId == message.PairId).Select(s => s.Received(message)).ToList());

    private sealed class Subscription(Action end) : IAsyncDisposable
    {
        public ValueTask DisposeAsync()
        {
            end();
            return ValueTask.CompletedTask;
        }
    }
}
