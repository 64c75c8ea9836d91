namespace VolunteerDW.Tests.Support;

/// <summary>Damages a workbook inside a sound package, as a program that crashed while saving might.</summary>
internal static class WorkbookDamage
{
    /// <summary>The workbook with its largest worksheet's XML cut off at the given fraction of its length.</summary>
    public static byte[] LargestSheetCutShort(byte[] workbook, double fraction = 0.5) =>
        ZipEntries.Edit(workbook, zip =>
        {
            var sheet = zip.Entries.Where(e => e.FullName.StartsWith("xl/worksheets/", StringComparison.Ordinal)).MaxBy(e => e.Length)!;
            ZipEntries.Rewrite(zip, sheet.FullName, xml => xml[..(int)(xml.Length * fraction)]);
        });
}
