using Microsoft.Extensions.Configuration;
using VolunteerDW.Etl.Service;
using VolunteerDW.Host.Service;
using VolunteerDW.Tests.Support;
using VolunteerDW.Warehouse.Connections;
using VolunteerDW.Warehouse.Localization;

namespace VolunteerDW.Tests.Service;

/// <summary>The schedules as configured: their fires in Kazakhstan time, and clear errors for wrong values.</summary>
public sealed class JobScheduleTests
{
    [Theory]
    [InlineData(JobNames.Tier1Deadline, "2026-10-05 23:59", "2026-10-06 09:00")]
    [InlineData(JobNames.Tier1Deadline, "2026-10-06 09:00", "2027-01-06 09:00")]
    [InlineData(JobNames.Tier1Deadline, "2026-12-31 23:59", "2027-01-06 09:00")]
    [InlineData(JobNames.Tier2Deadline, "2026-10-06 09:00", "2026-10-11 09:00")]
    [InlineData(JobNames.Tier2Deadline, "2026-11-24 12:00", "2027-01-11 09:00")]
    [InlineData(JobNames.SemiAnnualDraft, "2026-07-20 09:00", "2027-01-15 09:00")]
    [InlineData(JobNames.SemiAnnualFinal, "2027-01-15 09:00", "2027-01-20 09:00")]
    [InlineData(JobNames.SemiAnnualFinal, "2028-02-28 09:00", "2028-07-20 09:00")]
    [InlineData(JobNames.Inbox, "2028-02-28 23:58", "2028-02-29 00:00")]
    public void The_next_fire_of_each_shipped_schedule_falls_on_the_day_of_the_Rules(string job, string after, string expected)
    {
        var schedule = JobSchedule.Default(job);

        var next = schedule.NextAfter(Local(after));

        Assert.Equal(Local(expected), next);
    }

    [Fact]
    public void A_year_has_four_fires_of_each_deadline_and_two_of_each_semi_annual_report_leap_year_or_not()
    {
        foreach (var year in new[] { 2027, 2028 })
        {
            var (from, to) = (Local($"{year - 1}-12-31 23:59"), Local($"{year}-12-31 23:59"));
            Assert.Equal(4, JobSchedule.Default(JobNames.Tier1Deadline).FiresBetween(from, to).Count);
            Assert.Equal(4, JobSchedule.Default(JobNames.Tier2Deadline).FiresBetween(from, to).Count);
            Assert.Equal(2, JobSchedule.Default(JobNames.SemiAnnualDraft).FiresBetween(from, to).Count);
            Assert.Equal(Local($"{year}-07-20 09:00"), JobSchedule.Default(JobNames.SemiAnnualFinal).FiresBetween(from, to).Last);
        }

        // Every five minutes: 288 fires a day, and February 2028 has one day more than February 2027.
        var inbox = JobSchedule.Default(JobNames.Inbox);
        Assert.Equal(28 * 288, inbox.FiresBetween(Local("2027-01-31 23:59"), Local("2027-02-28 23:59")).Count);
        Assert.Equal(29 * 288, inbox.FiresBetween(Local("2028-01-31 23:59"), Local("2028-02-29 23:59")).Count);
    }

    [Fact]
    public void The_semi_annual_jobs_run_the_configured_days_before_the_25th()
    {
        var schedule = From(JobNames.SemiAnnualDraft, ("DaysBefore", "3"), ("At", "14:30"));

        Assert.Equal("0 30 14 22 1,7 ?", schedule.Cron);
        Assert.Equal(Local("2027-01-22 14:30"), schedule.NextAfter(Local("2026-12-01 00:00")));
        Assert.Equal("0 0 9 15 1,7 ?", JobSchedule.Default(JobNames.SemiAnnualDraft).Cron);
        Assert.Equal("0 0 9 20 1,7 ?", JobSchedule.Default(JobNames.SemiAnnualFinal).Cron);
    }

    [Fact]
    public void A_cron_given_outright_wins_and_off_turns_a_job_off()
    {
        Assert.Equal("0 0/1 * * * ?", From(JobNames.Inbox, ("Cron", "0 0/1 * * * ?")).Cron);
        var off = From(JobNames.Tier2Deadline, ("Cron", "off"));

        Assert.False(off.Enabled);
        Assert.Null(off.NextAfter(Local("2026-01-01 00:00")));
    }

    [Theory]
    [InlineData(JobNames.Inbox, "Cron", "every five minutes", "Jobs:inbox:Cron")]
    [InlineData(JobNames.Tier1Deadline, "Cron", "0 0 9 6 13 ?", "Jobs:tier1-deadline:Cron")]
    [InlineData(JobNames.Tier2Deadline, "Cron", "0 9 11 1,4,7,10 ?", "Jobs:tier2-deadline:Cron")]
    [InlineData(JobNames.SemiAnnualDraft, "DaysBefore", "25", "Jobs:semiannual-draft:DaysBefore")]
    [InlineData(JobNames.SemiAnnualFinal, "DaysBefore", "five", "Jobs:semiannual-final:DaysBefore")]
    [InlineData(JobNames.SemiAnnualFinal, "At", "9 am", "Jobs:semiannual-final:At")]
    public void A_wrong_schedule_is_refused_naming_its_key_and_value(string job, string key, string value, string named)
    {
        var error = Assert.Throws<WarehouseConfigurationException>(() => From(job, (key, value)));

        Assert.Contains(named, error.Message, StringComparison.Ordinal);
        Assert.Contains(value, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_shipped_appsettings_spell_out_the_defaults()
    {
        var shipped = ServiceSettings.From(new ConfigurationBuilder().AddJsonFile(RepoPaths.Of("etl/Host/appsettings.json")).Build());
        var defaults = new ServiceSettings();

        Assert.Equal(defaults.Schedules.Select(s => (s.Job, s.Cron)), shipped.Schedules.Select(s => (s.Job, s.Cron)));
        Assert.Equal(
            (defaults.Inbox, defaults.Archive, defaults.Quarantine, defaults.Reports, defaults.Templates, defaults.Settle, defaults.JumpFactor, defaults.Limits.MaxFileBytes),
            (shipped.Inbox, shipped.Archive, shipped.Quarantine, shipped.Reports, shipped.Templates, shipped.Settle, shipped.JumpFactor, shipped.Limits.MaxFileBytes));
        Assert.Equal(defaults.Languages, shipped.Languages);
        Assert.Equal(defaults.Formats, shipped.Formats);
        Assert.Equal(defaults.Portal.Urls, shipped.Portal.Urls);
        Assert.Equal((defaults.Portal.Uploads, defaults.Portal.Keys, defaults.Portal.ReportCache), (shipped.Portal.Uploads, shipped.Portal.Keys, shipped.Portal.ReportCache));
        Assert.Equal((defaults.Portal.SignInAttempts, defaults.Portal.SignInWindow), (shipped.Portal.SignInAttempts, shipped.Portal.SignInWindow));
    }

    [Fact]
    public void The_portal_hands_out_the_reports_the_jobs_write_and_makes_its_own_with_their_templates()
    {
        var templates = Directory.CreateTempSubdirectory("vdw-templates-");
        try
        {
            var configuration = new ConfigurationBuilder().AddInMemoryCollection(
                [new("Service:Reports", "/srv/vdw/reports"), new("Service:Templates", templates.FullName), new("Portal:ReportCache", "/srv/vdw/cache")]).Build();

            var settings = ServiceSettings.From(configuration);

            Assert.Equal(("/srv/vdw/reports", templates.FullName, "/srv/vdw/cache"), (settings.Portal.Reports, settings.Portal.Templates, settings.Portal.ReportCache));
        }
        finally
        {
            templates.Delete();
        }
    }

    [Theory]
    [InlineData("Urls", "localhost:5080")]
    [InlineData("Urls", "http://localhost:5080;ftp://localhost")]
    [InlineData("SignInAttempts", "0")]
    [InlineData("ConcurrentLoads", "0")]
    [InlineData("SignInWindowSeconds", "a minute")]
    public void A_wrong_portal_setting_stops_the_service_naming_the_key(string key, string value)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection([new($"Portal:{key}", value)]).Build();

        var wrong = Assert.Throws<WarehouseConfigurationException>(() => ServiceSettings.From(configuration));

        Assert.StartsWith($"Portal:{key} is '", wrong.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("SettleSeconds", "-5")]
    [InlineData("Formats", "html,docx")]
    [InlineData("Languages", "kk,de")]
    [InlineData("JumpFactor", "0.5")]
    [InlineData("Templates", "/nowhere/templates")]
    public void A_wrong_service_setting_is_refused_naming_its_key(string key, string value)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection([new($"Service:{key}", value)]).Build();

        var error = Assert.Throws<WarehouseConfigurationException>(() => ServiceSettings.From(configuration));

        Assert.Contains($"Service:{key}", error.Message, StringComparison.Ordinal);
    }

    private static JobSchedule From(string job, params (string Key, string Value)[] values)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>($"Jobs:{job}:{v.Key}", v.Value)))
            .Build();
        return JobSchedule.From(configuration.GetSection($"Jobs:{job}"), job);
    }

    private static DateTimeOffset Local(string text) => KazakhstanTime.At(DateTime.Parse(text, System.Globalization.CultureInfo.InvariantCulture));
}
