using VolunteerDW.Warehouse.ReferenceData;

namespace VolunteerDW.Tests.ReferenceData;

/// <summary>The reader of population and wage files: every figure exactly as written, every wrong row by line and column.</summary>
public sealed class FigureFileTests
{
    [Fact]
    public void A_population_file_reads_each_figure_with_its_date_and_the_line_it_is_on()
    {
        var file = FigureFile.Parse("p.csv", "\uFEFFkato_code,as_of,population,source\r\n750000000,2026-01-01,2347924,\"BNS, as of\n2026-01-01\"\r\n\r\n100000000,2025-01-01,595676,BNS\r\n");

        Assert.Empty(file.Problems);
        Assert.Equal(
            [new PopulationFigure(2, "750000000", new DateOnly(2026, 1, 1), 2347924, "BNS, as of\n2026-01-01"), new PopulationFigure(5, "100000000", new DateOnly(2025, 1, 1), 595676, "BNS")],
            file.Population);
    }

    [Fact]
    public void A_wages_file_reads_quarters_and_years_as_their_first_and_last_days()
    {
        var file = FigureFile.Parse("w.csv", "measure,period,value_kzt,source\naverage_monthly_nominal_wage,2025Q3,429368,BNS\nmedian_monthly_wage,2025,317512,BNS\n");

        Assert.Empty(file.Problems);
        Assert.Equal((new DateOnly(2025, 7, 1), new DateOnly(2025, 9, 30)), (file.Wages[0].From, file.Wages[0].To));
        Assert.Equal((new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 31)), (file.Wages[1].From, file.Wages[1].To));
    }

    [Theory]
    [InlineData("750000000,2026-1-1,2347924,BNS", "line 2, column as_of: '2026-1-1' is not a date")]
    [InlineData("750000000,1999-12-31,2347924,BNS", "line 2, column as_of: 1999-12-31 is outside the warehouse's calendar")]
    [InlineData("75000000,2026-01-01,2347924,BNS", "line 2, column kato_code: '75000000' is not a KATO code")]
    [InlineData("750000000,2026-01-01,\"2,347,924\",BNS", "line 2, column population: '2,347,924' is not a whole number above 0")]
    [InlineData("750000000,2026-01-01,0,BNS", "line 2, column population: '0' is not a whole number above 0")]
    [InlineData("750000000,2026-01-01,2347924,", "line 2, column source: the source is blank")]
    [InlineData("750000000,2026-01-01,2347924", "line 2, column -: 3 field(s) where the header has 4")]
    [InlineData("750000000,2026-01-01,2347924,BNS\n750000000,2026-01-01,2347925,BNS", "line 3, column as_of: 750000000 as of 2026-01-01 is given again (first on line 2)")]
    [InlineData("750000000,2026-01-01,2347924,\"BNS", "line 2, column -: a quotation mark opens a field that is never closed")]
    public void A_wrong_population_row_is_named_by_line_and_column_with_the_fix(string rows, string problem)
    {
        var file = FigureFile.Parse("p.csv", $"kato_code,as_of,population,source\n{rows}\n");

        Assert.Contains(file.Problems, p => p.ToString().StartsWith($"p.csv {problem}", StringComparison.Ordinal));
        Assert.DoesNotContain(file.Population, f => f.Population == 2347925);
    }

    [Theory]
    [InlineData("average_wage,2025Q3,429368,BNS", "column measure: 'average_wage' is not a wage measure; write one of average_monthly_nominal_wage, median_monthly_wage, minimum_monthly_wage")]
    [InlineData("average_monthly_nominal_wage,2025Q5,429368,BNS", "column period: '2025Q5' is not a period")]
    [InlineData("average_monthly_nominal_wage,2025Q3,429368.5,BNS", "column value_kzt: '429368.5' is not a whole number above 0")]
    public void A_wrong_wage_row_is_named_by_line_and_column_with_the_fix(string row, string problem)
    {
        var file = FigureFile.Parse("w.csv", $"measure,period,value_kzt,source\n{row}\n");

        Assert.Equal($"w.csv line 2, {problem}", Assert.Single(file.Problems).ToString()[..$"w.csv line 2, {problem}".Length]);
        Assert.Empty(file.Wages);
    }

    [Fact]
    public void A_file_of_neither_kind_is_refused_at_its_header_naming_both_headers()
    {
        var file = FigureFile.Parse("x.csv", "region_kato,year,population,source\n750000000,2026,2347924,BNS\n");

        var problem = Assert.Single(file.Problems);
        Assert.Equal((1, "-"), (problem.Line, problem.Column));
        Assert.Contains("kato_code,as_of,population,source", problem.Message, StringComparison.Ordinal);
        Assert.Contains("measure,period,value_kzt,source", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_shipped_files_read_without_a_problem_and_hold_nineteen_regions()
    {
        Assert.Equal(19, FigureFile.ShippedPopulation.Population.Select(f => f.KatoCode).Distinct().Count());
        Assert.Equal(7, FigureFile.ShippedWages.Wages.Count);
    }
}
