using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using VolunteerDW.Etl.Format;
using VolunteerDW.Etl.Intake;

namespace VolunteerDW.Etl.Loading;

/// <summary>
/// Fingerprints of a submission: of its content, so that the same return re-saved, reordered or
/// re-zipped is recognised as already loaded; and of the file's bytes, for lineage.
/// </summary>
public static class SubmissionHash
{
    private const char FieldSeparator = '\u001F';

    /// <summary>SHA-256 of the canonical content: header and rows, rows in sorted order, source row numbers left out.</summary>
    public static string OfContent(Submission submission)
    {
        ArgumentNullException.ThrowIfNull(submission);
        var h = submission.Header;
        var lines = new List<string>
        {
            Line("H", h.Format, h.UnitKato, h.Quarter, h.SubmittedOn, h.PreparedBy, h.Position, h.Phone, h.Email),
        };
        lines.AddRange(Sorted(submission.Subjects.Select(r => Line("S", r.SubjectType, r.ActivityType, r.Subjects, r.People, r.NewSubjects))));
        lines.AddRange(Sorted(submission.Programmes.Select(r => Line("P", r.Kind, r.Title, r.ActivityType, r.StartDate, r.EndDate,
            r.StatePartner, r.Volunteers, r.Beneficiaries, r.VolunteerHours, r.FundingKzt))));
        lines.AddRange(Sorted(submission.Practices.Select(r => Line("R", r.Kind, r.ProposalArea, r.ActivityType, r.Title, r.Text))));
        lines.AddRange(Sorted(submission.Consolidated.Select(r => Line("C", r.SubjectType, r.ActivityType, r.Subjects, r.People, r.NewSubjects))));
        return Sha256(Encoding.UTF8.GetBytes(string.Join('\n', lines)));
    }

    public static string OfFile(byte[] content) => Sha256(content);

    /// <summary>Both fingerprints, worked out where the workbook is parsed, off the single writer's path.</summary>
    public static SubmissionHashes Of(Submission submission, IncomingWorkbook file)
    {
        ArgumentNullException.ThrowIfNull(file);
        return new SubmissionHashes(OfContent(submission), OfFile(file.Content));
    }

    private static IEnumerable<string> Sorted(IEnumerable<string> lines) => lines.Order(StringComparer.Ordinal);

    private static string Line(params object?[] values) => string.Join(FieldSeparator, values.Select(v => v switch
    {
        null => "\u2400",
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => v.ToString(),
    }));

    private static string Sha256(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}

/// <summary>A submission's fingerprints: of its canonical content and of its file's bytes.</summary>
public sealed record SubmissionHashes(string Content, string File);
