using System.Data.Common;
using Dapper;
using VolunteerDW.Warehouse.Connections;
using VolunteerDW.Warehouse.Dimensions;
using VolunteerDW.Warehouse.Periods;
using VolunteerDW.Warehouse.Timeliness;

namespace VolunteerDW.Etl.Notices;

/// <summary>The <c>Reminders</c> section: how many days before a deadline a unit that has not sent is reminded.</summary>
public sealed record ReminderSettings
{
    public const string Section = "Reminders";

    public int DaysBefore { get; init; } = 3;
}

/// <summary>What a day's reminders came to: the messages planned (one per unit or list) and the e-mails written, one per recipient not written before.</summary>
public readonly record struct ReminderRun(int Planned, int Written);

/// <summary>
/// Writes a day's reminders and late lists (<see cref="ReminderPlan"/>) into the outbox, one
/// message per recipient in their language, in one transaction. Each has a dedup key of its
/// quarter, unit and recipient, so a day run twice, or caught up after an outage, writes nothing new.
/// </summary>
public sealed class DeadlineReminders(WarehouseConnectionFactory warehouse, TimeProvider time, ReminderSettings reminders, MailSettings mail)
{
    /// <summary>The reminders of a day in Kazakhstan (the day a fire of the job was scheduled for).</summary>
    public async Task<ReminderRun> RunAsync(DateOnly day, CancellationToken cancellationToken = default)
    {
        await using var connection = await warehouse.OpenAsync(cancellationToken: cancellationToken);
        var dimensions = await DimensionSnapshot.LoadAsync(connection, cancellationToken);
        var facts = new Dictionary<Quarter, QuarterFacts>();
        foreach (var occasion in ReminderPlan.Occasions(day, reminders.DaysBefore).DistinctBy(o => o.Quarter))
        {
            facts[occasion.Quarter] = await FactsAsync(connection, dimensions, occasion.Quarter, cancellationToken);
        }

        var plan = ReminderPlan.For(day, reminders.DaysBefore, quarter => facts[quarter]);
        if (plan.Count == 0)
        {
            return default;
        }

        await using var transaction = await warehouse.BeginWriteAsync(connection, cancellationToken);
        var written = 0;
        foreach (var notice in plan)
        {
            var recipients = notice.Addressee is { } unit
                ? await NoticeRecipients.OfUnitAsync(connection, transaction, unit.KatoCode, cancellationToken)
                : await NoticeRecipients.OfMinistryAsync(connection, transaction, cancellationToken);
            written += await MailOutbox.EnqueueAsync(transaction, recipients.Select(r => Mail(notice, r)), time.GetUtcNow(), cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return new(plan.Count, written);
    }

    /// <summary>A quarter's facts as the plan reads them.</summary>
    public static async Task<QuarterFacts> FactsAsync(DbConnection connection, DimensionSnapshot dimensions, Quarter quarter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var sent = await connection.QueryAsync<string>(new CommandDefinition(NoticeSql.UnitsWithCurrentReturn, new { quarter = quarter.Key }, cancellationToken: cancellationToken));
        var states = await connection.QueryAsync<(string UnitKato, string State)>(new CommandDefinition(NoticeSql.WorkflowStates, new { quarter = quarter.Key }, cancellationToken: cancellationToken));
        return new(quarter, [.. TimelinessEvaluator.ExpectedUnits(dimensions, quarter)], sent.ToHashSet(StringComparer.Ordinal),
            states.ToDictionary(s => s.UnitKato, s => s.State, StringComparer.Ordinal));
    }

    /// <summary>The dedup key of a planned message to one account: <c>reminder:20261:101000000:user</c>, <c>late:20261:1:100000000:user</c> (<c>ministry</c> for the regions' list).</summary>
    public static string DedupKey(PlannedNotice notice, string userName)
    {
        ArgumentNullException.ThrowIfNull(notice);
        var quarter = notice.Occasion.Quarter.Key;
        return notice.Kind == MailKinds.Reminder
            ? $"reminder:{quarter}:{notice.Addressee!.KatoCode}:{userName}"
            : $"late:{quarter}:{notice.Occasion.Tier}:{notice.Addressee?.KatoCode ?? "ministry"}:{userName}";
    }

    private OutgoingMail Mail(PlannedNotice notice, NoticeRecipient recipient)
    {
        var occasion = notice.Occasion;
        var text = notice.Kind == MailKinds.Reminder
            ? NoticeText.Compose(new ReminderNotice(occasion.Quarter, occasion.Tier, notice.Addressee!.KatoCode, notice.Addressee.NameKk, notice.Addressee.NameRu,
                occasion.Deadline, notice.Returned), recipient.Language, mail.PortalAddress)
            : NoticeText.Compose(new LateUnitsNotice(occasion.Quarter, occasion.Tier, occasion.Deadline, notice.Addressee?.NameKk, notice.Addressee?.NameRu,
                [.. notice.Units.Select(u => new NoticeUnit(u.KatoCode, u.NameKk, u.NameRu))]), recipient.Language, mail.PortalAddress);
        return OutgoingMail.To(recipient, DedupKey(notice, recipient.UserName), notice.Kind, text);
    }
}
