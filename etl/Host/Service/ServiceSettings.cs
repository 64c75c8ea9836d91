using System.Globalization;
using Microsoft.Extensions.Configuration;
using VolunteerDW.Etl.Intake;
using VolunteerDW.Etl.Notices;
using VolunteerDW.Etl.Service;
using VolunteerDW.Host.Reporting;
using VolunteerDW.Portal.Hosting;
using VolunteerDW.Reports.Output;
using VolunteerDW.Warehouse.Connections;
using VolunteerDW.Warehouse.Localization;

namespace VolunteerDW.Host.Service;

/// <summary>
/// What the scheduled service works with, from the <c>Service</c> and <c>Jobs</c> sections of its
/// configuration: the folders, how long a file must rest before it is taken, the reports' languages
/// and formats, where the e-mail goes and when reminders do, and each job's schedule. A wrong value stops the service at once with the key named.
/// </summary>
public sealed record ServiceSettings
{
    public const string Section = "Service";

    /// <summary>Where submissions arrive.</summary>
    public string Inbox { get; init; } = "data/inbox";

    /// <summary>Where accepted files go, under <c>&lt;quarter&gt;/&lt;unit&gt;/</c>.</summary>
    public string Archive { get; init; } = "data/archive";

    /// <summary>Where rejected files go, each with its error report beside it.</summary>
    public string Quarantine { get; init; } = "data/quarantine";

    /// <summary>Where the jobs write reports, under <c>&lt;period&gt;/&lt;job&gt;/</c>.</summary>
    public string Reports { get; init; } = "data/reports";

    /// <summary>A folder of templates that replace the shipped ones of the same name, or null.</summary>
    public string? Templates { get; init; }

    /// <summary>A file is taken only when it has not changed for this long: until then it may still be being written.</summary>
    public TimeSpan Settle { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Languages of the reports and of the error reports beside quarantined files.</summary>
    public IReadOnlyList<Language> Languages { get; init; } = [Language.Kk, Language.Ru];

    public IReadOnlyList<ReportFormat> Formats { get; init; } = [ReportFormat.Html, ReportFormat.Md, ReportFormat.Xlsx];

    public ArchiveLimits Limits { get; init; } = new();

    /// <summary>A unit's total changing more than this many times against its previous quarter is a warning.</summary>
    public double JumpFactor { get; init; } = 3.0;

    /// <summary>The web portal the service runs beside its jobs (the <c>Portal</c> section).</summary>
    public PortalSettings Portal { get; init; } = new();

    /// <summary>Where the notices go (the <c>Mail</c> section).</summary>
    public MailSettings Mail { get; init; } = new();

    /// <summary>When the reminders go (the <c>Reminders</c> section).</summary>
    public ReminderSettings Reminders { get; init; } = new();

    /// <summary>How the nodes of the service keep track of each other (the <c>Cluster</c> section).</summary>
    public ClusterSettings Cluster { get; init; } = new();

    /// <summary>Every job's schedule, in <see cref="JobNames.All"/> order.</summary>
    public IReadOnlyList<JobSchedule> Schedules { get; init; } = [.. JobNames.All.Select(JobSchedule.Default)];

    /// <summary>What the service's status is read from: the inbox, the quarantine, the settle time, the schedules and the cluster's rule of a live node.</summary>
    public ServiceLayout Layout => new(Inbox, Quarantine, Settle, Schedules, Cluster);

    /// <summary>The schedule of one job.</summary>
    public JobSchedule Schedule(string job) => Schedules.Single(s => s.Job == job);

    /// <summary>Reads the settings; keys not given keep their defaults.</summary>
    public static ServiceSettings From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection(Section);
        var defaults = new ServiceSettings();
        var settle = Number(section, "SettleSeconds", defaults.Settle.TotalSeconds, 0, 86_400);
        var maxFileMb = Number(section, "MaxFileMb", defaults.Limits.MaxFileBytes / 1024.0 / 1024.0, 0.01, 1024);
        var reports = Folder(section, nameof(Reports), defaults.Reports);
        var templates = TemplateFolder(section);
        var limits = new ArchiveLimits { MaxFileBytes = (long)(maxFileMb * 1024 * 1024) };
        return new ServiceSettings
        {
            Inbox = Folder(section, nameof(Inbox), defaults.Inbox),
            Archive = Folder(section, nameof(Archive), defaults.Archive),
            Quarantine = Folder(section, nameof(Quarantine), defaults.Quarantine),
            Reports = reports,
            Templates = templates,
            Settle = TimeSpan.FromSeconds(settle),
            Languages = List(section, nameof(Languages), defaults.Languages, ReportOptions.ParseLanguage),
            Formats = List(section, nameof(Formats), defaults.Formats, ReportOptions.ParseFormat),
            Limits = limits,
            JumpFactor = Number(section, nameof(JumpFactor), defaults.JumpFactor, 1, 1000),
            Mail = NoticeSettings.Mail(configuration.GetSection(MailSettings.Section)),
            Reminders = NoticeSettings.Reminders(configuration.GetSection(ReminderSettings.Section)),
            Cluster = ClusterFrom(configuration.GetSection(ClusterSettings.Section)),
            Schedules = [.. JobNames.All.Select(job => JobSchedule.From(configuration.GetSection($"{JobSchedule.Section}:{job}"), job))],
            // The portal hands out the reports the jobs write, makes its own with the same templates,
            // and takes files within the same limits as the inbox.
            Portal = PortalFrom(configuration.GetSection(PortalSettings.Section)) with
            {
                Reports = reports,
                Templates = templates,
                Limits = limits,
            },
        };
    }

    private static ClusterSettings ClusterFrom(IConfigurationSection section)
    {
        var defaults = new ClusterSettings();
        return new ClusterSettings
        {
            CheckinInterval = TimeSpan.FromSeconds(Number(section, "CheckinSeconds", defaults.CheckinInterval.TotalSeconds, 1, 300)),
            FailedAfter = TimeSpan.FromSeconds(Number(section, "FailedAfterSeconds", defaults.FailedAfter.TotalSeconds, 1, 300)),
        };
    }

    private static PortalSettings PortalFrom(IConfigurationSection section)
    {
        var defaults = new PortalSettings();
        var urls = section[nameof(PortalSettings.Urls)] is { Length: > 0 } text
            ? [.. text.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)]
            : defaults.Urls;
        foreach (var url in urls.Where(url => !Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")))
        {
            throw Wrong(section, nameof(PortalSettings.Urls), url, "http:// or https:// addresses separated by ';', e.g. http://localhost:5080");
        }

        return new PortalSettings
        {
            Urls = urls,
            Uploads = Folder(section, nameof(PortalSettings.Uploads), defaults.Uploads),
            Keys = Folder(section, nameof(PortalSettings.Keys), defaults.Keys),
            KeyCertificate = section[nameof(PortalSettings.KeyCertificate)]?.Trim() is { Length: > 0 } certificate ? certificate : null,
            KeyCertificatePassword = section[nameof(PortalSettings.KeyCertificatePassword)] is { Length: > 0 } password ? password : null,
            ReportCache = Folder(section, nameof(PortalSettings.ReportCache), defaults.ReportCache),
            ConcurrentLoads = (int)Number(section, nameof(PortalSettings.ConcurrentLoads), defaults.ConcurrentLoads, 1, 64),
            SignInAttempts = (int)Number(section, nameof(PortalSettings.SignInAttempts), defaults.SignInAttempts, 1, 100_000),
            SignInWindow = TimeSpan.FromSeconds(Number(section, "SignInWindowSeconds", defaults.SignInWindow.TotalSeconds, 1, 86_400)),
        };
    }

    internal static string Folder(IConfigurationSection section, string key, string fallback)
    {
        var value = section[key];
        return string.IsNullOrWhiteSpace(value) ? fallback : value.Trim();
    }

    private static string? TemplateFolder(IConfigurationSection section)
    {
        var folder = section[nameof(Templates)];
        if (string.IsNullOrWhiteSpace(folder))
        {
            return null;
        }

        return Directory.Exists(folder.Trim()) ? folder.Trim() : throw Wrong(section, nameof(Templates), folder, "an existing folder of report templates, or empty");
    }

    internal static double Number(IConfigurationSection section, string key, double fallback, double min, double max)
    {
        var text = section[key];
        if (string.IsNullOrWhiteSpace(text))
        {
            return fallback;
        }

        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max
            ? value
            : throw Wrong(section, key, text, $"a number from {min.ToString(CultureInfo.InvariantCulture)} to {max.ToString(CultureInfo.InvariantCulture)}");
    }

    private static IReadOnlyList<T> List<T>(IConfigurationSection section, string key, IReadOnlyList<T> fallback, Func<string, T> parse)
    {
        var text = section[key];
        if (string.IsNullOrWhiteSpace(text))
        {
            return fallback;
        }

        try
        {
            return ReportOptions.List(text, parse);
        }
        catch (WarehouseConfigurationException wrong)
        {
            throw new WarehouseConfigurationException($"{section.Path}:{key}: {wrong.Message}");
        }
    }

    internal static WarehouseConfigurationException Wrong(IConfigurationSection section, string key, string value, string expected) =>
        new($"{section.Path}:{key} is '{value}'; it must be {expected}.");
}
