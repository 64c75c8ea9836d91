using System.IO.Compression;

namespace VolunteerDW.Tests.Support;

/// <summary>Damages a workbook inside a sound package, as a program that crashed while saving might.</summary>
internal static class WorkbookDamage
{
    /// <summary>The workbook with its largest worksheet's XML cut off at the given fraction of its length.</summary>
    public static byte[] LargestSheetCutShort(byte[] workbook, double fraction = 0.5)
    {
        using var copy = new MemoryStream();
        copy.Write(workbook);
        using (var zip = new ZipArchive(copy, ZipArchiveMode.Update, leaveOpen: true))
        {
            var sheet = zip.Entries.Where(e => e.FullName.StartsWith("xl/worksheets/", StringComparison.Ordinal)).MaxBy(e => e.Length)!;
            byte[] xml;
            using (var stream = sheet.Open())
            using (var content = new MemoryStream())
            {
                stream.CopyTo(content);
                xml = content.ToArray();
            }

            var name = sheet.FullName;
            sheet.Delete();
            using var replaced = zip.CreateEntry(name).Open();
            replaced.Write(xml, 0, (int)(xml.Length * fraction));
        }

        return copy.ToArray();
    }
}
