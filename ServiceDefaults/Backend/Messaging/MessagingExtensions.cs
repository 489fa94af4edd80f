using System.Globalization;
using MassTransit;
using Mentorship.ServiceDefaults.Backend.Data;
using Mentorship.ServiceDefaults.Backend.Outbox;
using Mentorship.ServiceDefaults.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace Mentorship.ServiceDefaults.Backend.Messaging;

public static class MessagingExtensions
{
    /// <summary>MassTransit's ActivitySource and Meter name.</summary>
    private const string MassTransitSource = "MassTransit";

    /// <summary>
    /// The one way services talk: RabbitMQ from ConnectionStrings:eventbus, queues named
    /// "{service}-{consumer}" in kebab case, publisher confirms, the transactional outbox for what the
    /// service publishes and the inbox for what it consumes, bounded immediate retries, then
    /// redeliveries, then the "_error" queue with the exception in its headers; a database outage is
    /// waited out (bounded too) without spending them.
    /// </summary>
    public static IHostApplicationBuilder AddMessaging<TDbContext>(
        this IHostApplicationBuilder builder,
        string serviceName,
        Action<IBusRegistrationConfigurator>? addConsumers = null)
        where TDbContext : DbContext
    {
        builder.Services.AddRequiredConnectionString(ResourceNames.EventBus);
        builder.Services.AddOptions<MessagingOptions>().BindConfiguration(MessagingOptions.Section).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<MessagingOptions>, MessagingOptionsValidation>();
        builder.Services.AddOptions<OutboxOptions>().BindConfiguration(OutboxOptions.Section).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<OutboxOptions>, OutboxOptionsValidation>();
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddScoped(services => new OutboxDbContextAccessor(services.GetRequiredService<TDbContext>()));
        builder.Services.TryAddSingleton<InboxBatchers>();
        builder.Services.AddSingleton<BrokerConnectedSignal>();

        builder.Services.AddMassTransit(bus =>
        {
            addConsumers?.Invoke(bus);
            bus.AddReceiveEndpointObserver<BrokerConnectionObserver>();

            bus.AddConfigureEndpointsCallback((context, _, endpoint) =>
            {
                var options = context.GetRequiredService<IOptions<MessagingOptions>>().Value;
                endpoint.UseOutboxRedelivery(context, r => r.Intervals(options.EffectiveRedeliveryIntervals));
                // A database outage is not the message's fault: it is waited out here, the message held,
                // rather than sent to "_error" once the retries are spent and the redelivery, which
                // writes to the same database, failed too (the database drill lost events that way).
                endpoint.UseMessageRetry(r =>
                {
                    r.Handle<Exception>(DatabaseProblems.IsUnavailable);
                    r.Interval(options.DatabaseOutageRetryLimit, options.DatabaseOutageRetryInterval);
                });
                endpoint.UseMessageRetry(r =>
                {
                    r.Ignore<Exception>(DatabaseProblems.IsUnavailable);
                    r.Intervals(options.EffectiveRetryIntervals);
                });
                endpoint.UseConsumeFilter(typeof(InboxFilter<>), context);
            });

            bus.UsingRabbitMq((context, rabbit) =>
            {
                var configuration = context.GetRequiredService<IConfiguration>();
                var options = context.GetRequiredService<IOptions<MessagingOptions>>().Value;
                rabbit.Host(
                    new Uri(RequiredConnectionStrings.Get(configuration, ResourceNames.EventBus)),
                    host => host.PublisherConfirmation = true);
                var prefix = (options.EndpointPrefix ?? "") + Capitalize(serviceName);
                rabbit.ConfigureEndpoints(context, new KebabCaseEndpointNameFormatter(prefix, false));
            });
        });

        // Registered after the bus so the host stops it first: no batch is cut off by a stopped bus.
        builder.Services.AddHostedService<OutboxDispatcher<TDbContext>>();

        // A trace goes from the request that stored an event, through the outbox and the broker, into every consumer.
        builder.Services.AddOpenTelemetry()
            .WithTracing(tracing => tracing.AddSource(MassTransitSource, OutboxTelemetry.Name))
            .WithMetrics(metrics => metrics.AddMeter(MassTransitSource, OutboxTelemetry.Name));

        // Start without waiting for the broker: /health reports it, and the outbox keeps what is published meanwhile.
        builder.Services.Configure<MassTransitHostOptions>(host =>
        {
            host.WaitUntilStarted = false;
            host.StopTimeout = TimeSpan.FromSeconds(30);
        });
        return builder;
    }

    /// <summary>
    /// A consumer whose messages the inbox applies in batches (<see cref="InboxBatcher{TConsumer, TMessage}"/>),
    /// for an event that comes by the thousand (a round's proposals). Its queue lets enough messages in at
    /// once to fill a batch while the previous one commits. The batcher is this consumer's, found by its
    /// queue: other consumers of the same message type, batched or not, apply their own messages.
    /// </summary>
    public static IBusRegistrationConfigurator AddBatchedConsumer<TConsumer, TMessage>(this IBusRegistrationConfigurator bus)
        where TConsumer : class, IConsumer<TMessage>, IBatchApplier<TMessage>
        where TMessage : class
    {
        bus.AddConsumer<TConsumer>().Endpoint(endpoint =>
        {
            endpoint.PrefetchCount = BatchedPrefetch;
            endpoint.ConcurrentMessageLimit = BatchedPrefetch;
            endpoint.AddConfigureEndpointCallback((context, receive) => context.GetRequiredService<InboxBatchers>()
                .Add(receive.InputAddress, context.GetRequiredService<InboxBatcher<TConsumer, TMessage>>()));
        });
        // The batcher applies a batch through the consumer itself, resolved in the batch's scope.
        bus.TryAddScoped<TConsumer>();
        bus.TryAddSingleton<InboxBatcher<TConsumer, TMessage>>();
        return bus;
    }

    /// <summary>Messages a batched queue holds unacknowledged: two batches of the default limit, one gathering while one commits.</summary>
    private const int BatchedPrefetch = 200;

    /// <summary>MassTransit's redelivery retry policy, with the outbox storing what is to be redelivered.</summary>
    public static void UseOutboxRedelivery(
        this IConsumePipeConfigurator configurator, IServiceProvider services, Action<IRedeliveryConfigurator> configure) =>
        _ = new OutboxRedeliveryConfigurationObserver(configurator, services, configure);

    private static string Capitalize(string name) =>
        name.Length == 0 ? name : char.ToUpper(name[0], CultureInfo.InvariantCulture) + name[1..];
}
