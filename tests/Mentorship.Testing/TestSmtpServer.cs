using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using MimeKit;
using SmtpServer;
using SmtpServer.ComponentModel;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace Mentorship.Testing;

/// <summary>
/// An SMTP server in-process on a free loopback port: keeps what it accepts, refuses what
/// <see cref="Refuse"/> says to refuse, and can be stopped and started again on the same port.
/// </summary>
public sealed class TestSmtpServer : IAsyncDisposable
{
    private CancellationTokenSource? _running;
    private Task? _server;

    public TestSmtpServer(bool start = true)
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        Port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        if (start)
            Start();
    }

    public int Port { get; }

    public string ConnectionString => $"smtp://127.0.0.1:{Port}?security=none";

    public ConcurrentQueue<MimeMessage> Received { get; } = new();

    /// <summary>The reply to give instead of accepting a message, or null to accept it.</summary>
    public Func<MimeMessage, SmtpResponse?> Refuse { get; set; } = _ => null;

    public void Start()
    {
        var options = new SmtpServerOptionsBuilder()
            .ServerName("localhost")
            .Endpoint(endpoint => endpoint.Endpoint(new IPEndPoint(IPAddress.Loopback, Port)))
            .Build();
        var services = new ServiceProvider();
        services.Add(new Store(this));
        services.Add(new NoDelaySmtpListeners());
        _running = new CancellationTokenSource();
        _server = new SmtpServer.SmtpServer(options, services).StartAsync(_running.Token);
    }

    public async Task StopAsync()
    {
        if (_running is null)
            return;
        await _running.CancelAsync();
        try
        {
            await _server!;
        }
        catch (OperationCanceledException)
        {
            // Stopping is what was asked.
        }

        _running.Dispose();
        _running = null;
    }

    /// <summary>The messages received for this address.</summary>
    public IReadOnlyList<MimeMessage> To(string address) =>
        Received.Where(m => m.To.Mailboxes.Any(b => b.Address == address)).ToList();

    public async ValueTask DisposeAsync() => await StopAsync();

    private sealed class Store(TestSmtpServer owner) : MessageStore
    {
        public override async Task<SmtpResponse> SaveAsync(
            ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            await using var stream = new MemoryStream(buffer.ToArray());
            var message = await MimeMessage.LoadAsync(stream, cancellationToken);
            if (owner.Refuse(message) is { } refusal)
                return refusal;
            owner.Received.Enqueue(message);
            return SmtpResponse.Ok;
        }
    }
}
