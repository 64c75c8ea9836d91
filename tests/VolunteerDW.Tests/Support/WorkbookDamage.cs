using System.Text;

namespace VolunteerDW.Tests.Support;

/// <summary>Changes one part of a sound workbook, as a program that crashed while saving, or a renamed file, would leave it.</summary>
internal static class WorkbookDamage
{
    /// <summary>The workbook with its largest worksheet's XML cut off at the given fraction of its length.</summary>
    public static byte[] LargestSheetCutShort(byte[] workbook, double fraction = 0.5) =>
        ZipEntries.Edit(workbook, zip =>
        {
            var sheet = zip.Entries.Where(e => e.FullName.StartsWith("xl/worksheets/", StringComparison.Ordinal)).MaxBy(e => e.Length)!;
            ZipEntries.Rewrite(zip, sheet.FullName, xml => xml[..(int)(xml.Length * fraction)]);
        });

    /// <summary>The workbook declared macro-enabled, as an .xlsm is, whatever its name says.</summary>
    public static byte[] MacroEnabled(byte[] workbook) =>
        ZipEntries.Edit(workbook, zip => ZipEntries.Rewrite(zip, "[Content_Types].xml", xml => Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(xml).Replace(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml", "application/vnd.ms-excel.sheet.macroEnabled.main+xml", StringComparison.Ordinal))));
}
