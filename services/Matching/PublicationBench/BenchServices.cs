using MassTransit;
using Mentorship.ServiceDefaults.Backend.Messaging;
using Mentorship.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Mentorship.Matching.PublicationBench;

/// <summary>The three services of a publication in-process, each over its own fresh database, sharing the broker.</summary>
public sealed class BenchServices : IAsyncDisposable
{
    private BenchServices(TestSmtpServer smtp, MatchingHost matching, PairingHost pairing, MessagingHost messaging)
    {
        Smtp = smtp;
        Matching = matching;
        Pairing = pairing;
        Messaging = messaging;
    }

    public TestSmtpServer Smtp { get; }

    public MatchingHost Matching { get; }

    public PairingHost Pairing { get; }

    public MessagingHost Messaging { get; }

    /// <summary>The queues of Pairing's and Messaging's MatchProposed consumers, as MassTransit names them.</summary>
    public IReadOnlyList<Uri> MatchProposedQueues() =>
    [
        QueueOf<Pairing.Consumers.MatchProposedConsumer>(Pairing.Services, "Pairing"),
        QueueOf<Messaging.Consumers.MatchProposedConsumer>(Messaging.Services, "Messaging"),
    ];

    /// <summary>The queue of Matching's ApplicationApproved consumer: an approval's path into the pool.</summary>
    public Uri ApplicationApprovedQueue() => QueueOf<Consumers.ApplicationApprovedConsumer>(Matching.Services, "Matching");

    /// <param name="matchingPoll">Matching's outbox poll interval, when not the tests' default.</param>
    public static async Task<BenchServices> StartAsync(TimeSpan? matchingPoll = null)
    {
        var smtp = new TestSmtpServer();
        var services = new BenchServices(smtp, new MatchingHost { PollInterval = matchingPoll }, new PairingHost(), new MessagingHost(smtp));
        await services.Pairing.InitializeAsync();
        await services.Messaging.InitializeAsync();
        await services.Matching.InitializeAsync();
        return services;
    }

    private static Uri QueueOf<TConsumer>(IServiceProvider services, string serviceName)
        where TConsumer : class, IConsumer
    {
        var prefix = services.GetRequiredService<IOptions<MessagingOptions>>().Value.EndpointPrefix;
        return new Uri($"queue:{new KebabCaseEndpointNameFormatter(prefix + serviceName, false).Consumer<TConsumer>()}");
    }

    public async ValueTask DisposeAsync()
    {
        await Matching.DisposeAsync();
        await Pairing.DisposeAsync();
        await Messaging.DisposeAsync();
        await Smtp.DisposeAsync();
    }
}
