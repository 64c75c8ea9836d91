using Microsoft.Extensions.Configuration;
using VolunteerDW.Etl.Notices;
using VolunteerDW.Host.Service;
using VolunteerDW.Warehouse.Connections;

namespace VolunteerDW.Tests.Notices;

/// <summary>The <c>Mail</c> and <c>Reminders</c> sections: defaults, a server, a wrong value named by its key, and a password never shown.</summary>
public sealed class MailSettingsTests
{
    [Fact]
    public void Without_a_host_mail_goes_to_the_outbox_folder_and_reminders_three_days_ahead()
    {
        var settings = ServiceSettings.From(Configuration());

        Assert.False(settings.Mail.UsesSmtp);
        Assert.Equal(("data/outbox", 587, SmtpSecurity.StartTls, 3), (settings.Mail.Outbox, settings.Mail.SmtpPort, settings.Mail.SmtpSecurity, settings.Reminders.DaysBefore));
    }

    [Fact]
    public void A_server_is_read_with_its_security_and_its_password_is_never_shown()
    {
        var settings = ServiceSettings.From(Configuration(("Mail:Smtp:Host", "smtp.example.kz"), ("Mail:Smtp:Port", "465"), ("Mail:Smtp:Security", "sslonconnect"),
            ("Mail:Smtp:User", "vdw"), ("Mail:Smtp:Password", "s3cret-pass"), ("Mail:PortalAddress", "https://vdw.example.kz/"), ("Reminders:DaysBefore", "7")));

        Assert.Equal(("smtp.example.kz", 465, SmtpSecurity.SslOnConnect, "s3cret-pass", 7),
            (settings.Mail.SmtpHost, settings.Mail.SmtpPort, settings.Mail.SmtpSecurity, settings.Mail.SmtpPassword, settings.Reminders.DaysBefore));
        Assert.DoesNotContain("s3cret-pass", settings.Mail.ToString(), StringComparison.Ordinal);
        Assert.Contains("smtp.example.kz:465", settings.Mail.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Mail:Smtp:Security", "tls", "Mail:Smtp:Security")]
    [InlineData("Mail:Smtp:Port", "0", "Mail:Smtp:Port")]
    [InlineData("Mail:PortalAddress", "vdw.example.kz", "Mail:PortalAddress")]
    [InlineData("Reminders:DaysBefore", "0", "Reminders:DaysBefore")]
    public void A_wrong_value_stops_the_service_naming_its_key(string key, string value, string named)
    {
        var wrong = Assert.Throws<WarehouseConfigurationException>(() => ServiceSettings.From(Configuration((key, value))));

        Assert.StartsWith($"{named} is '{value}'", wrong.Message, StringComparison.Ordinal);
    }

    private static IConfigurationRoot Configuration(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value))).Build();
}
