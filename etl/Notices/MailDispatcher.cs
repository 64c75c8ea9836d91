using System.Data.Common;
using Dapper;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;
using VolunteerDW.Etl.Service;
using VolunteerDW.Warehouse.Connections;

namespace VolunteerDW.Etl.Notices;

/// <summary>How a run of the dispatcher went: messages sent, and messages that failed and stay pending.</summary>
public readonly record struct DispatchResult(int Sent, int Failed);

/// <summary>
/// Sends the outbox: each message not yet sent, oldest first, over SMTP when a server is configured,
/// else as an <c>.eml</c> file in the outbox folder (written under a temporary name and then moved,
/// so a half-written file never appears). A message is claimed before it is sent — the claim marks
/// it sent and only the dispatcher whose claim changed the row goes on — so two dispatchers, on one
/// machine or two, never send it twice. A message that fails is pending again with the error and
/// one more attempt, and is tried at the next run; the others go on. A dispatcher that dies between
/// its claim and the outcome leaves the message marked sent with <c>last_error</c> saying it was
/// being sent: at most once, never twice, and the row shows it.
/// </summary>
public sealed class MailDispatcher(MailSettings settings, WarehouseConnectionFactory warehouse, TimeProvider time)
{
    /// <summary>How many messages one run reads; the rest go at the next.</summary>
    public const int Batch = 500;

    /// <summary>The longest error kept (the column's size on SQL Server).</summary>
    public const int ErrorLength = 2000;

    public async Task<DispatchResult> SendPendingAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await warehouse.OpenAsync(cancellationToken: cancellationToken);
        var pending = (await connection.QueryAsync<PendingMail>(new CommandDefinition(NoticeSql.Pending, new { take = Batch }, cancellationToken: cancellationToken))).ToList();
        if (pending.Count == 0)
        {
            return default;
        }

        using var smtp = settings.UsesSmtp ? new SmtpSession(settings) : null;
        int sent = 0, failed = 0;
        foreach (var mail in pending)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!await ClaimAsync(connection, mail, cancellationToken))
            {
                continue;
            }

            try
            {
                var message = mail.ToMime(settings, time.GetUtcNow());
                await (smtp is null ? WriteFileAsync(mail, message, cancellationToken) : smtp.SendAsync(message, cancellationToken));
                await connection.ExecuteAsync(new CommandDefinition(NoticeSql.Sent, new { key = mail.MailKey, now = StoredTime.Now(time) }, cancellationToken: CancellationToken.None));
                sent++;
            }
            catch (Exception exception) when (exception is not OutOfMemoryException)
            {
                // Kept pending even when the run is being stopped: the next run tries it again.
                await connection.ExecuteAsync(new CommandDefinition(NoticeSql.Failed, new { key = mail.MailKey, error = Error(exception) }, cancellationToken: CancellationToken.None));
                failed++;
                if (exception is OperationCanceledException)
                {
                    throw;
                }
            }
        }

        return new(sent, failed);
    }

    private async Task<bool> ClaimAsync(DbConnection connection, PendingMail mail, CancellationToken cancellationToken)
    {
        var now = StoredTime.Now(time);
        var sending = $"being sent by {JobHistory.Instance} since {now:yyyy-MM-dd HH:mm:ss} UTC";
        return await connection.ExecuteAsync(new CommandDefinition(NoticeSql.Claim, new { key = mail.MailKey, now, sending }, cancellationToken: cancellationToken)) == 1;
    }

    private async Task WriteFileAsync(PendingMail mail, MimeMessage message, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(settings.Outbox);
        var name = $"{mail.MailKey}-{mail.Kind}.eml";
        var partial = Path.Combine(settings.Outbox, $".{name}.{Guid.NewGuid():N}.tmp");
        try
        {
            await message.WriteToAsync(partial, cancellationToken);
            File.Move(partial, Path.Combine(settings.Outbox, name), overwrite: true);
        }
        finally
        {
            File.Delete(partial);
        }
    }

    private static string Error(Exception exception)
    {
        var text = $"{exception.GetType().Name}: {exception.Message}";
        return text.Length <= ErrorLength ? text : text[..ErrorLength];
    }

    /// <summary>
    /// One connection to the server for a run, opened at the first message. When it cannot be opened
    /// every message of the run fails with that error at once, rather than each waiting for a timeout.
    /// </summary>
    private sealed class SmtpSession(MailSettings settings) : IDisposable
    {
        private readonly SmtpClient client = new() { Timeout = (int)settings.Timeout.TotalMilliseconds };
        private Exception? unreachable;

        public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
        {
            if (unreachable is not null)
            {
                throw new InvalidOperationException($"the SMTP server could not be reached: {unreachable.Message}", unreachable);
            }

            if (!client.IsConnected)
            {
                try
                {
                    await client.ConnectAsync(settings.SmtpHost!, settings.SmtpPort, Options(settings.SmtpSecurity), cancellationToken);
                    if (!string.IsNullOrEmpty(settings.SmtpUser))
                    {
                        await client.AuthenticateAsync(settings.SmtpUser, settings.SmtpPassword ?? string.Empty, cancellationToken);
                    }
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    unreachable = exception;
                    throw;
                }
            }

            await client.SendAsync(message, cancellationToken);
        }

        public void Dispose()
        {
            try
            {
                if (client.IsConnected)
                {
                    client.Disconnect(quit: true);
                }
            }
            catch (Exception exception) when (exception is IOException or MailKit.ProtocolException or MailKit.CommandException)
            {
                // The messages went or failed already; a goodbye the server did not hear changes neither.
            }

            client.Dispose();
        }

        private static SecureSocketOptions Options(SmtpSecurity security) => security switch
        {
            SmtpSecurity.None => SecureSocketOptions.None,
            SmtpSecurity.SslOnConnect => SecureSocketOptions.SslOnConnect,
            _ => SecureSocketOptions.StartTls,
        };
    }
}
