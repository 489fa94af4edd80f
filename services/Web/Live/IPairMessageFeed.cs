using Mentorship.Web.Gateway.Models;

namespace Mentorship.Web.Live;

/// <summary>New messages of a pair's thread as they are posted, for the conversation a person has open.</summary>
public interface IPairMessageFeed
{
    /// <summary>
    /// Calls <paramref name="received"/> with each new message of the pair until the subscription is
    /// disposed; null when live delivery cannot be reached, so the page offers to refresh instead.
    /// </summary>
    Task<IAsyncDisposable?> SubscribeAsync(Guid pairId, Func<Message, Task> received, CancellationToken cancellationToken);
}
