using Microsoft.Extensions.Configuration;
using VolunteerDW.Etl.Notices;

namespace VolunteerDW.Host.Service;

/// <summary>
/// Reads the <c>Mail</c> and <c>Reminders</c> sections; keys not given keep their defaults, and a
/// wrong value stops the service naming the key (never showing the password).
/// </summary>
public static class NoticeSettings
{
    public static MailSettings Mail(IConfigurationSection section)
    {
        ArgumentNullException.ThrowIfNull(section);
        var defaults = new MailSettings();
        var smtp = section.GetSection("Smtp");
        var securityText = smtp["Security"];
        var security = defaults.SmtpSecurity;
        if (!string.IsNullOrWhiteSpace(securityText) && !Enum.TryParse(securityText.Trim(), ignoreCase: true, out security))
        {
            throw ServiceSettings.Wrong(smtp, "Security", securityText, "None, StartTls or SslOnConnect");
        }

        var portal = Text(section["PortalAddress"]);
        if (portal is not null && (!Uri.TryCreate(portal, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")))
        {
            throw ServiceSettings.Wrong(section, "PortalAddress", portal, "the portal's http:// or https:// address as people open it, or empty");
        }

        return new MailSettings
        {
            SmtpHost = Text(smtp["Host"]),
            SmtpPort = (int)ServiceSettings.Number(smtp, "Port", defaults.SmtpPort, 1, 65_535),
            SmtpSecurity = security,
            SmtpUser = Text(smtp["User"]),
            SmtpPassword = smtp["Password"] is { Length: > 0 } password ? password : null,
            From = Text(section["From"]) ?? defaults.From,
            FromName = Text(section["FromName"]) ?? defaults.FromName,
            Outbox = ServiceSettings.Folder(section, nameof(MailSettings.Outbox), defaults.Outbox),
            PortalAddress = portal,
        };
    }

    public static ReminderSettings Reminders(IConfigurationSection section)
    {
        ArgumentNullException.ThrowIfNull(section);
        var defaults = new ReminderSettings();
        return new ReminderSettings { DaysBefore = (int)ServiceSettings.Number(section, nameof(ReminderSettings.DaysBefore), defaults.DaysBefore, 1, 30) };
    }

    private static string? Text(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
