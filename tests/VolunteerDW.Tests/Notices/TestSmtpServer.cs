using System.Buffers;
using System.Net;
using System.Threading.Channels;
using MimeKit;
using SmtpServer;
using SmtpServer.ComponentModel;
using SmtpServer.Net;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace VolunteerDW.Tests.Notices;

/// <summary>A message as the test SMTP server received it: the envelope's recipients and the parsed message.</summary>
public sealed record ReceivedMail(IReadOnlyList<string> EnvelopeTo, MimeMessage Message);

/// <summary>
/// A real SMTP server (the SmtpServer library) on 127.0.0.1 at a port the system chose, told to the
/// test by the server's own signal that it listens. Each message it stores is handed to the test
/// through a channel: the test awaits the message itself, never a time.
/// </summary>
public sealed class TestSmtpServer : IAsyncDisposable
{
    // Only a safety net against a hung exchange; no test expects to wait anywhere near this long.
    private static readonly TimeSpan GiveUp = TimeSpan.FromMinutes(2);

    private readonly CancellationTokenSource _stop = new();
    private readonly Channel<ReceivedMail> _received = Channel.CreateUnbounded<ReceivedMail>();
    private Task _running = Task.CompletedTask;

    private TestSmtpServer()
    {
    }

    public int Port { get; private set; }

    public static async Task<TestSmtpServer> StartAsync()
    {
        var server = new TestSmtpServer();
        var listening = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        var listeners = new EndpointListenerFactory();
        listeners.EndpointStarted += (_, e) => listening.TrySetResult(((IPEndPoint)e.LocalEndPoint).Port);
        var options = new SmtpServerOptionsBuilder()
            .ServerName("localhost")
            .Endpoint(endpoint => endpoint.Endpoint(new IPEndPoint(IPAddress.Loopback, 0)))
            .Build();
        var services = new ServiceProvider();
        services.Add(new Store(server._received.Writer));
        services.Add(listeners);
        server._running = new SmtpServer.SmtpServer(options, services).StartAsync(server._stop.Token);
        server.Port = await listening.Task.WaitAsync(GiveUp);
        return server;
    }

    /// <summary>The next message the server stores.</summary>
    public async Task<ReceivedMail> NextAsync()
    {
        using var giveUp = new CancellationTokenSource(GiveUp);
        return await _received.Reader.ReadAsync(giveUp.Token);
    }

    /// <summary>Whether a message arrived that no test has taken.</summary>
    public bool HasMore => _received.Reader.TryPeek(out _);

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            await _running;
        }
        catch (OperationCanceledException)
        {
            // Stopped, as asked.
        }

        _stop.Dispose();
    }

    private sealed class Store(ChannelWriter<ReceivedMail> received) : MessageStore
    {
        public override async Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            using var stream = new MemoryStream(buffer.ToArray());
            var message = await MimeMessage.LoadAsync(stream, cancellationToken);
            await received.WriteAsync(new ReceivedMail([.. transaction.To.Select(m => $"{m.User}@{m.Host}")], message), cancellationToken);
            return SmtpResponse.Ok;
        }
    }
}
