using VolunteerDW.Etl.Intake;
using VolunteerDW.Etl.Problems;

namespace VolunteerDW.Tests.Loading;

/// <summary>One classification of a file by its name, for named files, folders, packages and the inbox alike.</summary>
public sealed class SubmissionFilesTests
{
    public static TheoryData<string, FileRole, ProblemKind?, string?> Names() => new()
    {
        { "101000000_2026Q2.xlsx", FileRole.Workbook, null, null },
        { "2026Q2/REGION.XLSX", FileRole.Workbook, null, null },
        { "750000000.zip", FileRole.Package, null, null },
        { "101000000.xls", FileRole.NotLoadable, ProblemKind.OldExcelFormat, null },
        { "101000000.xlsm", FileRole.NotLoadable, ProblemKind.MacroEnabledWorkbook, null },
        { "figures.CSV", FileRole.NotLoadable, ProblemKind.CsvFile, null },
        { "101000000.xlsb", FileRole.NotLoadable, ProblemKind.OtherSpreadsheetFormat, ".xlsb" },
        { "101000000.ods", FileRole.NotLoadable, ProblemKind.OtherSpreadsheetFormat, ".ods" },
        { "districts/~$101000000.xlsx", FileRole.NotLoadable, ProblemKind.ExcelLockFile, null },
        { "covering-letter.pdf", FileRole.Unrelated, ProblemKind.NotASubmissionFile, null },
        { "101000000", FileRole.Unrelated, ProblemKind.NotASubmissionFile, null },
        { ".DS_Store", FileRole.Clutter, ProblemKind.NotASubmissionFile, null },
        { "._101000000.xlsx", FileRole.Clutter, ProblemKind.NotASubmissionFile, null },
        { "Thumbs.db", FileRole.Clutter, ProblemKind.NotASubmissionFile, null },
        { "2026Q2\\desktop.ini", FileRole.Clutter, ProblemKind.NotASubmissionFile, null },
        { "__MACOSX/districts/101000000.xlsx", FileRole.Clutter, ProblemKind.NotASubmissionFile, null },
        { ".stversions/101000000.xlsx", FileRole.Clutter, ProblemKind.NotASubmissionFile, null },
        { "../101000000.xlsx", FileRole.Workbook, null, null },
    };

    [Theory]
    [MemberData(nameof(Names))]
    public void A_file_is_classified_by_its_name(string path, FileRole role, ProblemKind? reason, string? value)
    {
        var file = SubmissionFiles.Classify(path);

        Assert.Equal((role, reason, value), (file.Role, file.Reason?.Kind, file.Reason?.Value));
        Assert.Equal(role is FileRole.Workbook or FileRole.Package, file.IsLoadable);
    }
}
