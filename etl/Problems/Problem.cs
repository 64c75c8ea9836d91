namespace VolunteerDW.Etl.Problems;

/// <summary>
/// Something wrong with a submitted file: what, and where — sheet, cell, field and the value
/// found. The message and the fix are worded by <c>Messages</c> in the user's language.
/// </summary>
public sealed record Problem(
    ProblemKind Kind,
    string? Sheet = null,
    string? Cell = null,
    string? Field = null,
    string? Value = null,
    string? Expected = null);

/// <summary>The kinds of error that reject a file, and the reasons a file is skipped unread.</summary>
public enum ProblemKind
{
    NotAWorkbook,
    Encrypted,
    OldExcelFormat,
    MacroEnabledWorkbook,
    CsvFile,
    OtherSpreadsheetFormat,
    ExcelLockFile,
    LinkedFolder,
    FileTooLarge,
    ArchiveUnreadable,
    ArchiveUnsafePath,
    ArchiveNested,
    ArchiveTooLarge,
    ArchiveRatio,
    ArchiveTooManyEntries,
    ArchiveEmpty,
    NotASubmissionFile,
    MissingSheet,
    MissingField,
    WrongFormat,
    UnknownUnit,
    UnitNotValidInQuarter,
    UnitNotYours,
    BadQuarter,
    FutureQuarter,
    Required,
    NotWholeNumber,
    Negative,
    NumberTooLarge,
    FormulaNotCalculated,
    LogicalValue,
    ExternalLink,
    UnknownFieldCode,
    MisspeltFieldCode,
    DuplicateFieldCode,
    BadDate,
    UnknownCode,
    DuplicateRow,
    EndBeforeStart,
    NewAboveSubjects,
    TextTooLong,
    ConsolidatedFromDistrict,
    ConsolidatedMissing,
    ProposalAreaRequired,
    ProposalAreaNotAllowed,
    SubmittedBeforeQuarterEnd,
    SubmittedInFuture,
    ReturnLocked,
    ReturnWithMinistry,
}

/// <summary>A file was rejected; nothing of it was loaded.</summary>
public sealed class SubmissionRejectedException(IReadOnlyList<Problem> problems)
    : Exception($"The file was rejected: {problems.Count} problem(s), first {problems[0].Kind}.")
{
    public IReadOnlyList<Problem> Problems { get; } = problems;
}
