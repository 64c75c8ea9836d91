using System.IO.Compression;
using System.Text;

namespace VolunteerDW.Tests.Support;

/// <summary>Changes one part of a sound workbook, as a program that crashed while saving, or a renamed file, would leave it.</summary>
internal static class WorkbookDamage
{
    /// <summary>The workbook with its largest worksheet's XML cut off at the given fraction of its length.</summary>
    public static byte[] LargestSheetCutShort(byte[] workbook, double fraction = 0.5) =>
        Rewrite(workbook,
            zip => zip.Entries.Where(e => e.FullName.StartsWith("xl/worksheets/", StringComparison.Ordinal)).MaxBy(e => e.Length)!,
            xml => xml[..(int)(xml.Length * fraction)]);

    /// <summary>The workbook declared macro-enabled, as an .xlsm is, whatever its name says.</summary>
    public static byte[] MacroEnabled(byte[] workbook) =>
        Rewrite(workbook, zip => zip.GetEntry("[Content_Types].xml")!, xml => Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(xml).Replace(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml", "application/vnd.ms-excel.sheet.macroEnabled.main+xml", StringComparison.Ordinal)));

    private static byte[] Rewrite(byte[] workbook, Func<ZipArchive, ZipArchiveEntry> part, Func<byte[], byte[]> change)
    {
        using var copy = new MemoryStream();
        copy.Write(workbook);
        using (var zip = new ZipArchive(copy, ZipArchiveMode.Update, leaveOpen: true))
        {
            var entry = part(zip);
            byte[] content;
            using (var stream = entry.Open())
            using (var buffer = new MemoryStream())
            {
                stream.CopyTo(buffer);
                content = buffer.ToArray();
            }

            var name = entry.FullName;
            entry.Delete();
            using var replaced = zip.CreateEntry(name).Open();
            replaced.Write(change(content));
        }

        return copy.ToArray();
    }
}
