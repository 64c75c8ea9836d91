using System.Security.Cryptography;
using System.Text;
using MimeKit;
using MimeKit.Text;

namespace VolunteerDW.Etl.Notices;

/// <summary>A message of the outbox not yet sent, with its recipient's display name.</summary>
public sealed record PendingMail
{
    public long MailKey { get; init; }

    public string DedupKey { get; init; } = string.Empty;

    public string Kind { get; init; } = string.Empty;

    public string RecipientUser { get; init; } = string.Empty;

    public string RecipientName { get; init; } = string.Empty;

    public string RecipientAddress { get; init; } = string.Empty;

    public string Subject { get; init; } = string.Empty;

    public string Body { get; init; } = string.Empty;

    /// <summary>
    /// The MIME message: one sender, one recipient, a one-line subject, a UTF-8 plain-text body, and
    /// a Message-Id made from the dedup key, so a message sent again after a failure is recognisably
    /// the same one. MimeKit encodes names and the subject (RFC 2047); they are made one line first
    /// all the same, so nothing stored can add a header. An address that is not one mailbox fails.
    /// </summary>
    public MimeMessage ToMime(MailSettings settings, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var to = Mailbox(RecipientName, RecipientAddress);
        var from = Mailbox(settings.FromName, settings.From);
        var message = new MimeMessage { Subject = NoticeText.OneLine(Subject), Date = now };
        message.From.Add(from);
        message.To.Add(to);
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(DedupKey)));
        message.MessageId = $"{hash[..32]}@{from.Domain}";
        var body = new TextPart(TextFormat.Plain);
        body.SetText(Encoding.UTF8, Body);
        message.Body = body;
        return message;
    }

    private static MailboxAddress Mailbox(string name, string address)
    {
        if (!MailboxAddress.TryParse(NoticeText.OneLine(address), out var parsed) || parsed.Route.Count > 0 || string.IsNullOrEmpty(parsed.Domain))
        {
            throw new FormatException($"'{NoticeText.OneLine(address)}' is not one e-mail address.");
        }

        return new MailboxAddress(NoticeText.OneLine(name), parsed.Address);
    }
}
