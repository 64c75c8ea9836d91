using System.Globalization;
using System.IO.Compression;
using ClosedXML.Excel;
using VolunteerDW.Reports.SemiAnnual;
using VolunteerDW.Tests.Support;
using VolunteerDW.Warehouse.Connections;
using VolunteerDW.Warehouse.Periods;

namespace VolunteerDW.Tests.Samples;

/// <summary>
/// The report's headline figures, recomputed by hand from the submitted workbooks — read with
/// ClosedXML, not the product's reader, and with no warehouse query — agree to the last number.
/// </summary>
[Collection(SharedSampleRun.Name)]
public sealed class HeadlineRecomputationTests(SampleRun run)
{
    [Theory, SqliteEngine, SqlServerEngine]
    public async Task The_headline_figures_equal_those_recomputed_from_the_workbooks(WarehouseEngine engine)
    {
        // 2025 H1: the samples hold its second quarter only, so stocks and flows both come from 2025 Q2.
        var quarter = SampleRun.First;
        var (warehouse, _) = await run.LoadedAsync(engine);
        var report = await new SemiAnnualBuilder(warehouse.Connections, SampleRun.LoadTime).BuildAsync(HalfYear.Of(quarter));
        var returns = CurrentReturns(quarter).ToList();

        var subjects = returns.SelectMany(r => Rows(r, "subjects")).ToList();
        var programmes = returns.SelectMany(r => Rows(r, "programmes")).ToList();
        Assert.Equal(Sum(subjects, "subjects"), report.Current.Subjects);
        Assert.Equal(Sum(subjects.Where(r => r["subject_type"] == "volunteer"), "subjects"), report.Current.Volunteers);
        Assert.Equal(Sum(subjects, "people"), report.Current.People);
        Assert.Equal(Sum(subjects, "new_subjects"), report.Current.NewSubjects);
        Assert.Equal(programmes.Count, report.Current.ProgrammesTotal);
        Assert.Equal(programmes.Count(r => r["programme_kind"] == "action"), report.Current.Actions);
        Assert.Equal(programmes.Count(r => r["state_partner"].Length > 0), report.Current.WithStatePartner);
        Assert.Equal(Sum(programmes, "beneficiaries"), report.Current.Beneficiaries);
        Assert.Equal(Sum(programmes, "volunteer_hours"), report.Current.VolunteerHours);
        Assert.Equal(Sum(programmes, "funding_kzt"), report.Current.FundingKzt);
    }

    /// <summary>Each unit's return as the ministry holds it now: a correction replaces the package's version.</summary>
    private IEnumerable<XLWorkbook> CurrentReturns(Quarter quarter)
    {
        var folder = Path.Combine(run.Output, quarter.ToString());
        var corrections = Directory.GetFiles(Path.Combine(folder, "corrections"), "*.xlsx")
            .ToDictionary(f => Path.GetFileName(f).Split('_')[0], StringComparer.Ordinal);
        foreach (var package in Directory.GetFiles(folder, "*.zip"))
        {
            using var zip = ZipFile.OpenRead(package);
            foreach (var entry in zip.Entries)
            {
                var kato = Path.GetFileNameWithoutExtension(entry.Name);
                using var stream = new MemoryStream();
                if (corrections.TryGetValue(kato, out var corrected))
                {
                    using var file = File.OpenRead(corrected);
                    file.CopyTo(stream);
                }
                else
                {
                    using var content = entry.Open();
                    content.CopyTo(stream);
                }

                yield return new XLWorkbook(stream);
            }
        }
    }

    /// <summary>A data sheet's rows from row 3, each cell by the field code in row 1, as text.</summary>
    private static IEnumerable<Dictionary<string, string>> Rows(XLWorkbook workbook, string sheet)
    {
        var ws = workbook.Worksheet(sheet);
        var codes = ws.Row(1).CellsUsed().ToDictionary(c => c.GetString(), c => c.Address.ColumnNumber, StringComparer.Ordinal);
        var last = ws.LastRowUsed()?.RowNumber() ?? 0;
        for (var row = 3; row <= last; row++)
        {
            yield return codes.ToDictionary(c => c.Key, c => ws.Cell(row, c.Value).GetString(), StringComparer.Ordinal);
        }
    }

    private static long? Sum(IEnumerable<Dictionary<string, string>> rows, string field)
    {
        var values = rows.Select(r => r[field]).Where(v => v.Length > 0).Select(v => long.Parse(v, CultureInfo.InvariantCulture)).ToList();
        return values.Count == 0 ? null : values.Sum();
    }
}
