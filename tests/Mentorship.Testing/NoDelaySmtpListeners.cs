using System.IO.Pipelines;
using System.Net.Sockets;
using System.Security.Authentication;
using System.Security.Cryptography.X509Certificates;
using SmtpServer;
using SmtpServer.IO;
using SmtpServer.Net;

namespace Mentorship.Testing;

/// <summary>
/// Accepts the test SMTP server's connections with Nagle's algorithm off. The package's own listener
/// leaves it on: its reply went out in two writes, the second waited for the first's acknowledgement, and
/// loopback delays an acknowledgement by 40 ms, so every mail a test sent cost 44 ms. The package offers
/// no setting for the accepted sockets, only this factory to replace. Plain SMTP only: the tests' mail
/// connections ask for no TLS.
/// </summary>
internal sealed class NoDelaySmtpListeners : IEndpointListenerFactory
{
    public IEndpointListener CreateListener(IEndpointDefinition endpointDefinition)
    {
        var listener = new TcpListener(endpointDefinition.Endpoint);
        listener.Start();
        return new Listener(listener);
    }

    private sealed class Listener(TcpListener listener) : IEndpointListener
    {
        public async Task<ISecurableDuplexPipe> GetPipeAsync(ISessionContext context, CancellationToken cancellationToken)
        {
            var client = await listener.AcceptTcpClientAsync(cancellationToken);
            client.NoDelay = true;
            return new PlainPipe(client);
        }

        public void Dispose() => listener.Stop();
    }

    private sealed class PlainPipe : ISecurableDuplexPipe
    {
        private readonly TcpClient _client;

        public PlainPipe(TcpClient client)
        {
            _client = client;
            var stream = client.GetStream();
            Input = PipeReader.Create(stream);
            Output = PipeWriter.Create(stream);
        }

        public PipeReader Input { get; }

        public PipeWriter Output { get; }

        public bool IsSecure => false;

        public SslProtocols SslProtocol => SslProtocols.None;

        public Task UpgradeAsync(X509Certificate certificate, SslProtocols protocols, CancellationToken cancellationToken = default) =>
            throw new NotSupportedException("The test SMTP server speaks plain SMTP only.");

        public void Dispose() => _client.Dispose();
    }
}
