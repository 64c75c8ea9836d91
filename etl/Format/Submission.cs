using VolunteerDW.Warehouse.Periods;

namespace VolunteerDW.Etl.Format;

/// <summary>One unit's quarterly return as submitted, checked and typed (format <c>vdw-submission/1</c>).</summary>
public sealed record Submission(
    SubmissionHeader Header,
    IReadOnlyList<SubjectCount> Subjects,
    IReadOnlyList<Programme> Programmes,
    IReadOnlyList<Practice> Practices,
    IReadOnlyList<SubjectCount> Consolidated);

/// <summary>The <c>submission</c> sheet: who reports, for which quarter, and when it was sent up.</summary>
public sealed record SubmissionHeader(
    string Format,
    string UnitKato,
    Quarter Quarter,
    DateOnly SubmittedOn,
    string? PreparedBy = null,
    string? Position = null,
    string? Phone = null,
    string? Email = null);

/// <summary>
/// A row of the <c>subjects</c> or <c>consolidated</c> sheet. A null count is "not reported";
/// 0 is "reported zero".
/// </summary>
public sealed record SubjectCount(
    int SourceRow,
    string SubjectType,
    string ActivityType,
    long? Subjects,
    long? People,
    long? NewSubjects);

/// <summary>A row of the <c>programmes</c> sheet: one programme, project or action.</summary>
public sealed record Programme(
    int SourceRow,
    string Kind,
    string Title,
    string ActivityType,
    DateOnly StartDate,
    DateOnly? EndDate,
    string? StatePartner,
    long? Volunteers,
    long? Beneficiaries,
    long? VolunteerHours,
    long? FundingKzt);

/// <summary>A row of the <c>practices</c> sheet: positive experience, a problem or a proposal.</summary>
public sealed record Practice(
    int SourceRow,
    string Kind,
    string? ProposalArea,
    string? ActivityType,
    string Title,
    string Text);
