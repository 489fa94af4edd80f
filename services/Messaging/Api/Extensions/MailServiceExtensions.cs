using MassTransit;
using Mentorship.Messaging.Consumers;
using Mentorship.Messaging.Data;
using Mentorship.Messaging.Mail;
using Mentorship.ServiceDefaults.Backend.Messaging;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OpenTelemetry.Metrics;

namespace Mentorship.Messaging.Extensions;

public static class MailServiceExtensions
{
    /// <summary>The mail consumers: the contacts Enrollment sends to their own queue, programme names, pair alerts.</summary>
    public static void AddMailConsumers(this IBusRegistrationConfigurator bus)
    {
        // Its endpoint gets the inbox and retries of every endpoint through the bus's configure callback.
        bus.AddConsumer<MailContactSharedConsumer, MailContactSharedConsumerDefinition>();
        bus.AddConsumer<ProgrammeCreatedConsumer>();
        bus.AddConsumer<ProgrammeSettingsChangedConsumer>();
        bus.AddConsumer<PairAlertRaisedConsumer>();
        bus.AddConsumer<PairAlertClosedConsumer>();
    }

    /// <summary>Options, the sender, the daily digest, the health check and the meter of outgoing mail.</summary>
    public static IHostApplicationBuilder AddMail(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<MailOptions>().BindConfiguration(MailOptions.Section).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<MailOptions>, MailOptionsValidation>();
        builder.Services.AddSingleton<MailSignal>();
        builder.Services.AddSingleton<MailCommitInterceptor>();
        builder.Services.ConfigureDbContext<MessagingDbContext>((services, options) =>
            options.AddInterceptors(services.GetRequiredService<MailCommitInterceptor>()));
        builder.Services.AddHostedService<MailSender>();
        builder.Services.AddSingleton<DailyDigest>();
        builder.Services.AddHostedService<DigestScheduler>();
        builder.Services.AddHealthChecks().AddCheck<MailHealthCheck>("mail");
        builder.Services.AddOpenTelemetry().WithMetrics(metrics => metrics.AddMeter(MailTelemetry.Name));
        return builder;
    }
}
