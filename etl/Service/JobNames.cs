namespace VolunteerDW.Etl.Service;

/// <summary>The service's jobs, by the names used in configuration, logs and the job history.</summary>
public static class JobNames
{
    /// <summary>Loads new files from the inbox.</summary>
    public const string Inbox = "inbox";

    /// <summary>After the district deadline (the 5th): completeness and timeliness of district returns, a compliance report per region.</summary>
    public const string Tier1Deadline = "tier1-deadline";

    /// <summary>After the region deadline (the 10th): the same for regions, and the national quarterly digest.</summary>
    public const string Tier2Deadline = "tier2-deadline";

    /// <summary>A draft of the semi-annual report, ahead of the 25th of January and July.</summary>
    public const string SemiAnnualDraft = "semiannual-draft";

    /// <summary>The final semi-annual report, ahead of the 25th of January and July.</summary>
    public const string SemiAnnualFinal = "semiannual-final";

    /// <summary>Sends the e-mail of the outbox: over SMTP, or as .eml files into the outbox folder.</summary>
    public const string Mail = "mail";

    /// <summary>Daily: reminders a few days before each deadline to units that have not sent, and the day after it the late units to their region or the ministry.</summary>
    public const string Reminders = "reminders";

    /// <summary>Not a job: the history records each start of the service under this name.</summary>
    public const string ServiceStart = "service";

    public static IReadOnlyList<string> All { get; } = [Inbox, Tier1Deadline, Tier2Deadline, SemiAnnualDraft, SemiAnnualFinal, Mail, Reminders];
}
