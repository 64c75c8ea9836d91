using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.Data.Sqlite;

namespace VolunteerDW.Benchmarks;

/// <summary>
/// The floor a load is compared with: the same workbooks' cell values read with the OpenXml SDK's
/// SAX reader (the packages unzipped the same way), and the same data rows inserted as they are
/// read with one prepared statement in one transaction. No checking, no staging, no lineage, and
/// no more than one row held in memory.
/// </summary>
internal static class FloorLoad
{
    private const int Columns = 12;

    public static Measurement Run(string samples, string database)
    {
        var clock = Stopwatch.StartNew();
        var (files, rows) = (0, 0L);
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
        var parameters = Enumerable.Range(0, Columns).Select(i => insert.Parameters.Add(new SqliteParameter($"@p{i}", null))).ToArray();
        insert.Prepare();
        foreach (var path in Directory.EnumerateFiles(samples, "*.*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            foreach (var workbook in Workbooks(path))
            {
                files++;
                ReadDataRows(workbook, row =>
                {
                    for (var i = 0; i < parameters.Length; i++)
                    {
                        parameters[i].Value = row[i] ?? DBNull.Value;
                    }

                    insert.ExecuteNonQuery();
                    rows++;
                });
            }
        }

        transaction.Commit();
        return new Measurement("floor", clock.Elapsed.TotalSeconds, files, rows, Measurement.PeakRss());
    }

    /// <summary>
    /// Hands each data row of a workbook (its sheet's name, then its cell values as text) to
    /// <paramref name="row"/>: rows from 3 of every sheet but <c>submission</c>, the return's header.
    /// </summary>
    public static void ReadDataRows(byte[] workbook, Action<object?[]> row)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(workbook), false);
        var part = document.WorkbookPart!;
        var strings = part.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(s => s.InnerText).ToList() ?? [];
        foreach (var sheet in part.Workbook.Sheets!.Elements<Sheet>())
        {
            using var reader = OpenXmlReader.Create((WorksheetPart)part.GetPartById(sheet.Id!.Value!));
            object?[]? current = null;
            var index = 0;
            while (reader.Read())
            {
                if (reader.ElementType == typeof(Row) && reader.IsStartElement)
                {
                    if (current is not null)
                    {
                        row(current);
                    }

                    var number = int.Parse(reader.Attributes.First(a => a.LocalName == "r").Value!, CultureInfo.InvariantCulture);
                    // Rows 1 and 2 of a data sheet are headings.
                    current = sheet.Name!.Value != "submission" && number >= 3 ? new object?[Columns] : null;
                    if (current is not null)
                    {
                        current[0] = sheet.Name.Value;
                        index = 1;
                    }
                }
                else if (reader.ElementType == typeof(Cell) && reader.IsStartElement && current is not null)
                {
                    var cell = (Cell)reader.LoadCurrentElement()!;
                    var text = cell.DataType?.Value == CellValues.SharedString ? strings[int.Parse(cell.CellValue!.Text, CultureInfo.InvariantCulture)]
                        : cell.CellValue?.Text ?? cell.InlineString?.InnerText;
                    if (index < current.Length)
                    {
                        current[index++] = text;
                    }
                }
            }

            if (current is not null)
            {
                row(current);
            }
        }
    }

    /// <summary>The workbooks a file holds: itself, or a package's <c>.xlsx</c> entries.</summary>
    public static IEnumerable<byte[]> Workbooks(string path)
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
}
