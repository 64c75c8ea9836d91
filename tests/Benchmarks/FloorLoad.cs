using System.Diagnostics;
using System.IO.Compression;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.Data.Sqlite;

namespace VolunteerDW.Benchmarks;

/// <summary>
/// The floor a load is compared with: the same workbooks' cell values read with the OpenXml SDK's
/// SAX reader (the packages unzipped the same way), and the same data rows inserted with one
/// prepared statement in one transaction. No checking, no staging, no lineage.
/// </summary>
internal static class FloorLoad
{
    public static Measurement Run(string samples, string database)
    {
        var clock = Stopwatch.StartNew();
        var files = 0;
        var rows = new List<object?[]>();
        foreach (var path in Directory.EnumerateFiles(samples, "*.*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            foreach (var workbook in Workbooks(path))
            {
                files++;
                ReadDataRows(workbook, rows);
            }
        }

        Insert(database, rows);
        return new Measurement("floor", clock.Elapsed.TotalSeconds, files, rows.Count, Measurement.PeakRss());
    }

    private static IEnumerable<byte[]> Workbooks(string path)
    {
        if (path.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase))
        {
            yield return File.ReadAllBytes(path);
        }
        else if (path.EndsWith(".zip", StringComparison.OrdinalIgnoreCase))
        {
            using var zip = ZipFile.OpenRead(path);
            foreach (var entry in zip.Entries.Where(e => e.FullName.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase)))
            {
                using var stream = entry.Open();
                using var copy = new MemoryStream();
                stream.CopyTo(copy);
                yield return copy.ToArray();
            }
        }
    }

    private static void ReadDataRows(byte[] workbook, List<object?[]> rows)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(workbook), false);
        var part = document.WorkbookPart!;
        var strings = part.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(s => s.InnerText).ToList() ?? [];
        foreach (var sheet in part.Workbook.Sheets!.Elements<Sheet>())
        {
            using var reader = OpenXmlReader.Create((WorksheetPart)part.GetPartById(sheet.Id!.Value!));
            object?[]? row = null;
            var index = 0;
            while (reader.Read())
            {
                if (reader.ElementType == typeof(Row) && reader.IsStartElement)
                {
                    var number = int.Parse(reader.Attributes.First(a => a.LocalName == "r").Value!, System.Globalization.CultureInfo.InvariantCulture);
                    row = null;
                    if (sheet.Name!.Value != "submission" && number >= 3)
                    {
                        // Rows 1 and 2 of a data sheet are headings; the submission sheet is the return's header.
                        row = new object?[12];
                        row[0] = sheet.Name.Value;
                        index = 1;
                        rows.Add(row);
                    }
                }
                else if (reader.ElementType == typeof(Cell) && reader.IsStartElement && row is not null)
                {
                    var cell = (Cell)reader.LoadCurrentElement()!;
                    var text = cell.DataType?.Value == CellValues.SharedString ? strings[int.Parse(cell.CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture)]
                        : cell.CellValue?.Text ?? cell.InlineString?.InnerText;
                    if (index < row.Length)
                    {
                        row[index++] = text;
                    }
                }
            }
        }
    }

    private static void Insert(string database, List<object?[]> rows)
    {
        using var connection = new SqliteConnection($"Data Source={database}");
        connection.Open();
        using (var create = connection.CreateCommand())
        {
            create.CommandText = "CREATE TABLE floor_rows (sheet TEXT, c1 ANY, c2 ANY, c3 ANY, c4 ANY, c5 ANY, c6 ANY, c7 ANY, c8 ANY, c9 ANY, c10 ANY, c11 ANY)";
            create.ExecuteNonQuery();
        }

        using var transaction = connection.BeginTransaction();
        using var insert = connection.CreateCommand();
        insert.CommandText = "INSERT INTO floor_rows VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6, @p7, @p8, @p9, @p10, @p11)";
        var parameters = Enumerable.Range(0, 12).Select(i => insert.Parameters.Add(new SqliteParameter($"@p{i}", null))).ToArray();
        insert.Prepare();
        foreach (var row in rows)
        {
            for (var i = 0; i < parameters.Length; i++)
            {
                parameters[i].Value = row[i] ?? DBNull.Value;
            }

            insert.ExecuteNonQuery();
        }

        transaction.Commit();
    }
}
