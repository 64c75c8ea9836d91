using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using VolunteerDW.Warehouse.Localization;
using VolunteerDW.Warehouse.Periods;

namespace VolunteerDW.Etl.Notices;

/// <summary>
/// Every notice's subject and plain-text body in Kazakh and Russian, composed from what caused it.
/// A subject is one line: nothing put into it can carry a line break or a control character, so
/// no text from a person or a workbook can start a header of its own. A reason is text a person
/// typed and appears in the body only. Dates are written dd.MM.yyyy; with a portal address set, the
/// body ends with a link to it.
/// </summary>
public static partial class NoticeText
{
    public const string Kazakh = "kk", Russian = "ru";

    /// <summary>The notice of a move in the workflow.</summary>
    public static ComposedNotice Compose(MoveNotice notice, string language, string? portalAddress = null)
    {
        ArgumentNullException.ThrowIfNull(notice);
        if (!Moves.TryGetValue(notice.Kind, out var text))
        {
            throw new ArgumentException($"'{notice.Kind}' is not a kind of move notice; give one of {string.Join(", ", MailKinds.Moves)}.", nameof(notice));
        }

        var values = Values(language, notice.Quarter, ("unit", Unit(notice.UnitNameKk, notice.UnitNameRu, language)), ("actor", notice.ActorDisplayName));
        var reason = string.IsNullOrWhiteSpace(notice.Reason) ? null : $"{In(ReasonHeading, language)}\n{BodyText(notice.Reason)}";
        return new(Subject(text.Subject, language, values), Body(language, portalAddress, Fill(In(text.Body, language), values), reason));
    }

    /// <summary>A reminder before a deadline.</summary>
    public static ComposedNotice Compose(ReminderNotice notice, string language, string? portalAddress = null)
    {
        ArgumentNullException.ThrowIfNull(notice);
        var values = Values(language, notice.Quarter, ("unit", Unit(notice.UnitNameKk, notice.UnitNameRu, language)), ("deadline", Date(notice.Deadline)));
        var body = notice.Tier == 2 ? ReminderPackage : notice.Returned ? ReminderReturned : ReminderNotSent;
        return new(Subject(ReminderSubject, language, values), Body(language, portalAddress, Fill(In(body, language), values)));
    }

    /// <summary>The units that have not sent by a deadline, the day after it.</summary>
    public static ComposedNotice Compose(LateUnitsNotice notice, string language, string? portalAddress = null)
    {
        ArgumentNullException.ThrowIfNull(notice);
        var values = Values(language, notice.Quarter, ("deadline", Date(notice.Deadline)), ("count", notice.Units.Count.ToString(CultureInfo.InvariantCulture)),
            ("region", Unit(notice.RegionNameKk ?? string.Empty, notice.RegionNameRu ?? string.Empty, language)));
        var lead = Fill(In(notice.Tier == 2 ? LateRegions : LateDistricts, language), values);
        var list = string.Join("\n", notice.Units.Select(u => $"- {BodyText(u.Name(language))} ({u.Kato})"));
        return new(Subject(LateSubject, language, values), Body(language, portalAddress, lead, list));
    }

    /// <summary>A quarter as a notice names it: «2026 жылғы 1-тоқсан», «1-й квартал 2026 года».</summary>
    public static string QuarterText(Quarter quarter, string language) =>
        Fill(In(QuarterName, language), [("year", quarter.Year.ToString(CultureInfo.InvariantCulture)), ("number", quarter.Number.ToString(CultureInfo.InvariantCulture))]);

    /// <summary>A date as every notice writes it, in both languages.</summary>
    public static string Date(DateOnly day) => day.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);

    /// <summary>
    /// Text fit for a header: control characters (line breaks among them) and the Unicode line and
    /// paragraph separators become spaces, runs of spaces one, the ends trimmed.
    /// </summary>
    public static string OneLine(string? text)
    {
        var line = new StringBuilder((text ?? string.Empty).Length);
        foreach (var c in text ?? string.Empty)
        {
            var blank = char.IsControl(c) || char.IsWhiteSpace(c) || c is '\u2028' or '\u2029';
            if (!blank)
            {
                line.Append(c);
            }
            else if (line.Length > 0 && line[^1] != ' ')
            {
                line.Append(' ');
            }
        }

        return line.ToString().TrimEnd();
    }

    private static string In(Label label, string language) => language switch
    {
        Kazakh => label.Kk,
        Russian => label.Ru,
        _ => throw new ArgumentException($"'{language}' is not a language of the notices; give {Kazakh} or {Russian}.", nameof(language)),
    };

    private static string Unit(string nameKk, string nameRu, string language) => language == Kazakh ? nameKk : nameRu;

    // Every value put into a sentence is one line: names and the like never break a subject or a paragraph.
    private static (string Key, string Value)[] Values(string language, Quarter quarter, params (string Key, string Value)[] values) =>
        [("quarter", QuarterText(quarter, language)), .. values.Select(v => (v.Key, OneLine(v.Value)))];

    private static string Subject(Label template, string language, (string Key, string Value)[] values) => OneLine(Fill(In(template, language), values));

    private static string Body(string language, string? portalAddress, params string?[] parts)
    {
        var paragraphs = parts.Where(p => p is not null).ToList();
        if (!string.IsNullOrWhiteSpace(portalAddress))
        {
            paragraphs.Add(Fill(In(PortalLink, language), [("address", OneLine(portalAddress))]));
        }

        paragraphs.Add(In(Automatic, language));
        return string.Join("\n\n", paragraphs) + "\n";
    }

    // A body keeps a person's line breaks (as \n) and tabs; other control characters go.
    private static string BodyText(string text) =>
        new([.. text.ReplaceLineEndings("\n").Where(c => c is '\n' or '\t' || !char.IsControl(c))]);

    // One pass over the template: a value that itself holds "{deadline}" stays as it is.
    private static string Fill(string template, (string Key, string Value)[] values) =>
        Placeholder().Replace(template, match => values.FirstOrDefault(v => v.Key == match.Groups[1].Value).Value ?? match.Value);

    [GeneratedRegex(@"\{([a-z]+)\}")]
    private static partial Regex Placeholder();
}
