using VolunteerDW.Warehouse.Periods;

namespace VolunteerDW.Etl.Notices;

/// <summary>
/// A move in the workflow, as its notice tells it: the kind (one of <see cref="MailKinds.Moves"/>),
/// the quarter, the unit whose return or package moved with its names, the reason a person typed
/// (for a return, a reopening or an unlock; shown in the body only), and who made the move.
/// </summary>
public sealed record MoveNotice(string Kind, Quarter Quarter, string UnitKato, string UnitNameKk, string UnitNameRu, string? Reason, string ActorDisplayName);

/// <summary>
/// A reminder before a deadline to a unit that has not sent: a district's return (tier 1) — not
/// sent, or <paramref name="Returned"/> to it and not sent again — or a region's package (tier 2).
/// </summary>
public sealed record ReminderNotice(Quarter Quarter, int Tier, string UnitKato, string UnitNameKk, string UnitNameRu, DateOnly Deadline, bool Returned);

/// <summary>
/// The day after a deadline: the units that have not sent — a region's districts (tier 1, told to
/// the region, named by <paramref name="RegionNameKk"/>/<paramref name="RegionNameRu"/>), or the
/// regions (tier 2, told to the ministry; no region name).
/// </summary>
public sealed record LateUnitsNotice(Quarter Quarter, int Tier, DateOnly Deadline, string? RegionNameKk, string? RegionNameRu, IReadOnlyList<NoticeUnit> Units);

/// <summary>A unit as a notice names it: its KATO code and its names in Kazakh and Russian.</summary>
public sealed record NoticeUnit(string Kato, string NameKk, string NameRu)
{
    /// <summary>The unit's name in a language (<c>kk</c> or <c>ru</c>).</summary>
    public string Name(string language) => language == NoticeText.Kazakh ? NameKk : NameRu;
}

/// <summary>A notice's text in one language: a one-line subject and a plain-text body.</summary>
public sealed record ComposedNotice(string Subject, string Body);
