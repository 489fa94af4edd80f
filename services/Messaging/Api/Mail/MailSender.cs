using MailKit;
using MailKit.Net.Smtp;
using Mentorship.Messaging.Data;
using Mentorship.Messaging.Domain.Mail;
using Mentorship.ServiceDefaults.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OpenTelemetry;

namespace Mentorship.Messaging.Mail;

/// <summary>
/// Sends queued mails over SMTP. Replicas share the queue: a batch is claimed with FOR UPDATE SKIP LOCKED
/// and leased, then sent over one connection (a few connections work side by side), each mail marked
/// sent right after its send. A passing
/// failure (no connection, 4xx) is tried again later, a 5xx refusal fails the mail at once with the
/// server's reply. Without ConnectionStrings:mail nothing is sent and mails wait.
/// </summary>
public sealed partial class MailSender(
    IServiceScopeFactory scopes,
    MailSignal signal,
    IConfiguration configuration,
    IOptions<MailOptions> options,
    TimeProvider clock,
    ILogger<MailSender> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (!SmtpEndpoint.TryParse(configuration.GetConnectionString(ResourceNames.Mail), out var endpoint, out var error))
        {
            if (string.IsNullOrWhiteSpace(configuration.GetConnectionString(ResourceNames.Mail)))
                LogNoServer(ResourceNames.Mail);
            else
                LogBadServer(error!);
            return;
        }

        // SMTP is latency-bound: a few connections at once, each on its own claimed batches.
        await Task.WhenAll(Enumerable.Range(0, settings.Connections).Select(_ => RunWorkerAsync(endpoint!, settings, stoppingToken)));
    }

    private async Task RunWorkerAsync(SmtpEndpoint endpoint, MailOptions settings, CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var handled = 0;
            try
            {
                handled = await SendBatchAsync(endpoint, settings, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                LogBatchFailed(exception);
            }

            if (handled < settings.BatchSize)
            {
                try
                {
                    await signal.WaitAsync(settings.PollInterval, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    private async Task<int> SendBatchAsync(SmtpEndpoint endpoint, MailOptions settings, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MessagingDbContext>();
        var batch = await ClaimAsync(db, settings, cancellationToken);
        if (batch.Count == 0)
            return 0;

        var data = await MailBatch.LoadAsync(db, batch, cancellationToken);
        using var client = new SmtpClient { Timeout = 30_000 };
        // The outcome of a mail the server saw is saved as soon as it is known, so a crash sends again at
        // most the mail in flight. A mail the server never saw (no address, nothing to tell) is resent by
        // nobody: its outcome waits for the next save, and a batch of them costs one statement.
        var unsaved = new List<OutgoingMail>();
        try
        {
            foreach (var mail in batch)
            {
                unsaved.Add(mail);
                if (await SendOneAsync(client, endpoint, data, mail, settings, cancellationToken))
                {
                    await MailOutcomes.SaveAsync(db, unsaved, cancellationToken);
                    unsaved.Clear();
                }
            }

            await MailOutcomes.SaveAsync(db, unsaved, cancellationToken);
        }
        finally
        {
            if (client.IsConnected)
                await QuitAsync(client);
        }

        return batch.Count;
    }

    private async Task<List<OutgoingMail>> ClaimAsync(MessagingDbContext db, MailOptions settings, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        List<OutgoingMail> batch;
        // Polled often: untraced, so the dashboard shows the sends, not the empty polls.
        using (SuppressInstrumentationScope.Begin())
        {
            batch = await db.OutgoingMails
                .FromSqlInterpolated($"""
                    SELECT * FROM outgoing_mails
                    WHERE status = 'Queued' AND next_attempt_at <= {now}
                    ORDER BY next_attempt_at
                    LIMIT {settings.BatchSize}
                    FOR UPDATE SKIP LOCKED
                    """)
                .AsNoTracking()
                .ToListAsync(cancellationToken);
        }

        var leaseUntil = now + settings.ClaimLease;
        foreach (var mail in batch)
            mail.Claim(leaseUntil);
        var ids = batch.Select(m => m.Id).ToList();
        if (ids.Count > 0)
            await db.OutgoingMails.Where(m => ids.Contains(m.Id))
                .ExecuteUpdateAsync(set => set.SetProperty(m => m.NextAttemptAt, leaseUntil), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        // A full batch means more may wait: wake another connection to take the next one.
        if (batch.Count == settings.BatchSize)
            signal.Notify();
        return batch;
    }

    /// <summary>Sends one mail and records the outcome on it; returns whether the SMTP server was asked.</summary>
    private async Task<bool> SendOneAsync(
        SmtpClient client, SmtpEndpoint endpoint, MailBatch data, OutgoingMail mail, MailOptions settings, CancellationToken cancellationToken)
    {
        var address = data.AddressOf(mail);
        if (address is null)
        {
            mail.MarkNoAddress();
            LogNoAddress(mail.Id, mail.Kind?.ToString() ?? "digest");
            return false;
        }

        var content = data.Write(mail, settings);
        if (content is null)
        {
            mail.MarkFailed("Nothing to tell: the notification this mail was about is gone.");
            MailTelemetry.Failed.Add(1);
            return false;
        }

        try
        {
            var message = MailMessages.Compose(content, settings.From, address, mail.IdempotencyKey);
            if (!client.IsConnected)
                await ConnectAsync(client, endpoint, cancellationToken);
            await client.SendAsync(message, cancellationToken);
            mail.MarkSent(clock.GetUtcNow());
            MailTelemetry.Sent.Add(1);
        }
        catch (SmtpCommandException refused) when ((int)refused.StatusCode >= 500)
        {
            var reply = Scrub($"{(int)refused.StatusCode} {refused.Message}", address);
            mail.MarkFailed(reply);
            MailTelemetry.Failed.Add(1);
            LogRefused(mail.Id, reply);
        }
        catch (Exception passing) when (passing is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            var reason = Scrub(passing is SmtpCommandException command ? $"{(int)command.StatusCode} {command.Message}" : passing.Message, address);
            mail.RecordTransientFailure(reason, settings.EffectiveRetryDelays, clock.GetUtcNow());
            if (mail.Status == MailStatus.Failed)
                MailTelemetry.Failed.Add(1);
            else
                MailTelemetry.Retried.Add(1);
            LogPassingFailure(mail.Id, mail.Attempts, reason);
            // A broken connection is opened again for the next mail.
            if (passing is not SmtpCommandException && client.IsConnected)
                await QuitAsync(client);
        }

        return true;
    }

    /// <summary>Servers often quote the recipient in their reply; logs and the ops list never show it.</summary>
    private static string Scrub(string reply, string address) =>
        reply.Replace(address, "<recipient>", StringComparison.OrdinalIgnoreCase);

    private static async Task ConnectAsync(SmtpClient client, SmtpEndpoint endpoint, CancellationToken cancellationToken)
    {
        await client.ConnectAsync(endpoint.Host, endpoint.Port, endpoint.Security, cancellationToken);
        if (endpoint.User is not null)
            await client.AuthenticateAsync(endpoint.User, endpoint.Password ?? "", cancellationToken);
    }

    private static async Task QuitAsync(IMailService client)
    {
        try
        {
            await client.DisconnectAsync(true);
        }
        catch (Exception exception) when (exception is IOException or ServiceNotConnectedException or ProtocolException)
        {
            // Already gone: nothing to close.
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "ConnectionStrings:{Name} is not set: mails stay queued until an SMTP server is configured")]
    private partial void LogNoServer(string name);

    [LoggerMessage(Level = LogLevel.Error, Message = "Mails stay queued: {Error}")]
    private partial void LogBadServer(string error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sending mails failed; trying again shortly")]
    private partial void LogBatchFailed(Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "Mail {MailId} ({Kind}) has no address to go to")]
    private partial void LogNoAddress(Guid mailId, string kind);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Mail {MailId} refused by the server: {Reply}")]
    private partial void LogRefused(Guid mailId, string reply);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Mail {MailId} not sent (attempt {Attempts}): {Reason}")]
    private partial void LogPassingFailure(Guid mailId, int attempts, string reason);
}
