using System.Text.Json;
using System.Text.Json.Serialization;
using FluentValidation;
using Mentorship.Matching.Contracts;
using Mentorship.Messaging.Caching;
using Mentorship.Messaging.Concerns;
using Mentorship.Messaging.Consumers;
using Mentorship.Messaging.Data;
using Mentorship.Messaging.Hubs;
using Mentorship.ServiceDefaults.Backend.Caching;
using Mentorship.ServiceDefaults.Backend.Data;
using Mentorship.ServiceDefaults.Backend.Messaging;
using Mentorship.ServiceDefaults.Hosting;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.SignalR.StackExchangeRedis;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Mentorship.Messaging.Extensions;

public static class MessagingServiceExtensions
{
    public static IHostApplicationBuilder AddMessagingServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<MessagingDbContext>(ResourceNames.MessagingDb);
        builder.AddMessaging<MessagingDbContext>(ResourceNames.Messaging, bus =>
        {
            bus.AddConsumer<ApplicationApprovedConsumer>();
            bus.AddConsumer<PersonErasureRequestedConsumer>();
            bus.AddBatchedConsumer<MatchProposedConsumer, MatchProposed>();
            bus.AddConsumer<MentorAcceptedConsumer>();
            bus.AddConsumer<MentorDeclinedConsumer>();
            bus.AddConsumer<MenteeConfirmedConsumer>();
            bus.AddConsumer<FirstMeetingHeldConsumer>();
            bus.AddConsumer<PairActivatedConsumer>();
            bus.AddConsumer<PairClosedConsumer>();
            bus.AddConsumer<SurveyAssignedConsumer>();
            bus.AddConsumer<ReferentsConsumer>();
            bus.AddMailConsumers();
        });
        builder.AddMail();
        builder.AddServiceCache(ResourceNames.Cache);
        builder.Services.AddValidatorsFromAssemblyContaining<MessagingDbContext>(ServiceLifetime.Singleton);
        builder.Services.AddSingleton<UnreadCounters>();
        builder.Services.AddOptions<ConcernEscalationOptions>().BindConfiguration(ConcernEscalationOptions.Section)
            .Validate(o => o.Interval > TimeSpan.Zero && o.BatchSize > 0, "Concerns: Interval and BatchSize must be positive.")
            .ValidateOnStart();
        builder.Services.AddScoped<ConcernEscalator>();
        builder.Services.AddHostedService<ConcernEscalationWorker>();
        builder.AddRealtime();
        return builder;
    }

    /// <summary>
    /// SignalR with the Redis backplane (ConnectionStrings:cache): a message stored by one replica
    /// reaches members connected to any other. The backplane opens its own connection, as SignalR does
    /// by default, with the settings of the shared one: it unsubscribes when the host is disposed,
    /// after the tracer provider, and the shared connection's tracing would fail that shutdown.
    /// </summary>
    private static void AddRealtime(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSignalR().AddJsonProtocol(json =>
        {
            json.PayloadSerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
            json.PayloadSerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false));
        }).AddStackExchangeRedis();
        builder.Services.AddOptions<RedisOptions>().Configure<IOptions<ConfigurationOptions>>((redis, cache) =>
        {
            redis.Configuration = cache.Value.Clone();
            redis.Configuration.ChannelPrefix = RedisChannel.Literal("messaging-hub");
        });
        builder.Services.AddSingleton<RealtimeDelivery>();
        builder.Services.AddHostedService<NotificationPusher>();

        // Browsers cannot set headers on a WebSocket: the hub takes the same bearer token from ?access_token=.
        builder.Services.PostConfigure<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme, jwt =>
        {
            jwt.Events ??= new JwtBearerEvents();
            var previous = jwt.Events.OnMessageReceived;
            jwt.Events.OnMessageReceived = async context =>
            {
                await previous(context);
                var token = context.Request.Query["access_token"].ToString();
                if (context.Token is null && token.Length > 0 && context.HttpContext.Request.Path.StartsWithSegments(MessagingHub.Path))
                    context.Token = token;
            };
        });
    }
}
