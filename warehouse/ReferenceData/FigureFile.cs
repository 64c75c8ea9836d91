using System.Globalization;
using System.Text.RegularExpressions;
using VolunteerDW.Warehouse.Codes;
using VolunteerDW.Warehouse.Periods;

namespace VolunteerDW.Warehouse.ReferenceData;

/// <summary>A population figure: how many people a unit had on a date, and who published it.</summary>
public sealed record PopulationFigure(int Line, string KatoCode, DateOnly AsOf, long Population, string Source);

/// <summary>A monthly wage figure of one measure for a period (a quarter or a year), and who published it.</summary>
public sealed record WageFigure(int Line, string Measure, string Period, DateOnly From, DateOnly To, long ValueKzt, string Source);

/// <summary>Something wrong in a figures file, at a line and column, with what to do about it.</summary>
public sealed record FigureProblem(string File, int Line, string Column, string Message)
{
    public override string ToString() => $"{File} line {Line}, column {Column}: {Message}";
}

/// <summary>
/// A CSV file of reference figures, read and checked whole: population (<c>kato_code,as_of,population,source</c>)
/// or wages (<c>measure,period,value_kzt,source</c>), told apart by the header row. The shipped seed
/// and <c>vdw refdata import</c> read files through this one reader, so both hold to the same rules.
/// </summary>
public sealed partial record FigureFile(string Name, IReadOnlyList<PopulationFigure> Population, IReadOnlyList<WageFigure> Wages, IReadOnlyList<FigureProblem> Problems)
{
    public static readonly IReadOnlyList<string> PopulationHeader = ["kato_code", "as_of", "population", "source"];

    public static readonly IReadOnlyList<string> WagesHeader = ["measure", "period", "value_kzt", "source"];

    /// <summary>The longest source text the warehouse keeps.</summary>
    public const int SourceLength = 400;

    /// <summary>The figures shipped in <c>warehouse/ReferenceData</c>, which the seed migration loads.</summary>
    public static FigureFile ShippedPopulation { get; } = Shipped("population.csv");

    public static FigureFile ShippedWages { get; } = Shipped("wages.csv");

    /// <summary>Reads a file's text; <paramref name="name"/> is what problems call it.</summary>
    public static FigureFile Parse(string name, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var csv = Csv.Records(text);
        var problems = new List<FigureProblem>();
        void Problem(int line, string column, string message) => problems.Add(new FigureProblem(name, line, column, message));

        if (csv.UnclosedQuoteLine is { } open)
        {
            Problem(open, "-", "a quotation mark opens a field that is never closed; close it with another \" (a quote inside a field is written twice, \"\").");
            return new FigureFile(name, [], [], problems);
        }

        var header = csv.Records.Count == 0 ? [] : csv.Records[0].Fields.Select(f => f.Trim()).ToList();
        var kind = header.SequenceEqual(PopulationHeader) ? PopulationHeader : header.SequenceEqual(WagesHeader) ? WagesHeader : null;
        if (kind is null)
        {
            Problem(1, "-", $"the header row is \"{string.Join(",", header)}\"; a population file starts \"{string.Join(",", PopulationHeader)}\" "
                + $"and a wages file \"{string.Join(",", WagesHeader)}\", in that order.");
            return new FigureFile(name, [], [], problems);
        }

        var population = new List<PopulationFigure>();
        var wages = new List<WageFigure>();
        var seen = new Dictionary<(string, string), int>();
        foreach (var record in csv.Records.Skip(1))
        {
            if (record.Fields.Count != kind.Count)
            {
                Problem(record.Line, "-", $"{record.Fields.Count} field(s) where the header has {kind.Count}; a comma inside a value needs the value in quotes.");
                continue;
            }

            var row = kind.Select((column, i) => (column, value: record.Fields[i].Trim())).ToDictionary(f => f.column, f => f.value, StringComparer.Ordinal);
            var before = problems.Count;
            var source = Source(row["source"], message => Problem(record.Line, "source", message));
            if (kind == PopulationHeader)
            {
                var kato = Kato(row["kato_code"], message => Problem(record.Line, "kato_code", message));
                var asOf = Date(row["as_of"], message => Problem(record.Line, "as_of", message));
                var people = Whole(row["population"], "the number of people", message => Problem(record.Line, "population", message));
                if (problems.Count == before && Unique(seen, (kato, row["as_of"]), record.Line, $"{kato} as of {row["as_of"]}", message => Problem(record.Line, "as_of", message)))
                {
                    population.Add(new PopulationFigure(record.Line, kato, asOf, people, source));
                }
            }
            else
            {
                var measure = Measure(row["measure"], message => Problem(record.Line, "measure", message));
                var (from, to) = Period(row["period"], message => Problem(record.Line, "period", message));
                var value = Whole(row["value_kzt"], "the monthly wage in whole tenge", message => Problem(record.Line, "value_kzt", message));
                if (problems.Count == before && Unique(seen, (measure, row["period"]), record.Line, $"{measure} for {row["period"]}", message => Problem(record.Line, "period", message)))
                {
                    wages.Add(new WageFigure(record.Line, measure, row["period"], from, to, value, source));
                }
            }
        }

        if (csv.Records.Count < 2 && problems.Count == 0)
        {
            Problem(1, "-", "the file has a header but no figures.");
        }

        return new FigureFile(name, population, wages, problems);
    }

    private static FigureFile Shipped(string name)
    {
        var file = Parse(name, EmbeddedFiles.Read(typeof(FigureFile).Assembly, $"ReferenceData/{name}"));
        return file.Problems.Count == 0 ? file : throw new InvalidDataException($"The shipped {name} is wrong: {file.Problems[0]}");
    }

    private static string Kato(string value, Action<string> problem)
    {
        if (!KatoCode().IsMatch(value))
        {
            problem($"'{value}' is not a KATO code; write the unit's nine digits, e.g. 750000000.");
        }

        return value;
    }

    private static DateOnly Date(string value, Action<string> problem)
    {
        if (!DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            problem($"'{value}' is not a date; write the day the figure counts people for as yyyy-mm-dd, e.g. 2026-01-01.");
        }
        else if (!CalendarDays.Holds(date))
        {
            problem($"{value} is outside the warehouse's calendar ({CalendarDays.Span}).");
        }

        return date;
    }

    private static long Whole(string value, string what, Action<string> problem)
    {
        // Digits only: "2 347 924" or "2,347,924" would be read differently by different programs.
        if (!Digits().IsMatch(value) || !long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number is 0 or > int.MaxValue)
        {
            problem($"'{value}' is not a whole number above 0; write {what} in digits only, without spaces or separators, e.g. 2347924.");
            return 0;
        }

        return number;
    }

    private static string Source(string value, Action<string> problem)
    {
        if (value.Length == 0)
        {
            problem("the source is blank; say who published the figure and when, e.g. \"BNS, as of 2026-01-01\".");
        }
        else if (value.Length > SourceLength)
        {
            problem($"the source is {value.Length} characters long; shorten it to {SourceLength}.");
        }

        return value;
    }

    private static string Measure(string value, Action<string> problem)
    {
        if (!WageMeasures.All.Contains(value, StringComparer.Ordinal))
        {
            problem($"'{value}' is not a wage measure; write one of {string.Join(", ", WageMeasures.All)}.");
        }

        return value;
    }

    private static (DateOnly From, DateOnly To) Period(string value, Action<string> problem)
    {
        var match = PeriodPattern().Match(value);
        if (!match.Success)
        {
            problem($"'{value}' is not a period; write a year (2025) or a quarter (2025Q3).");
            return default;
        }

        var year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
        var (from, to) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        if (match.Groups["quarter"].Success)
        {
            var quarter = new Quarter(year, match.Groups["quarter"].Value[0] - '0');
            (from, to) = (quarter.FirstDay, quarter.LastDay);
        }

        if (!CalendarDays.Holds(from) || !CalendarDays.Holds(to))
        {
            problem($"{value} is outside the warehouse's calendar ({CalendarDays.Span}).");
        }

        return (from, to);
    }

    private static bool Unique(Dictionary<(string, string), int> seen, (string, string) key, int line, string what, Action<string> problem)
    {
        if (seen.TryGetValue(key, out var earlier))
        {
            problem($"{what} is given again (first on line {earlier}); keep one of the two lines.");
            return false;
        }

        seen[key] = line;
        return true;
    }

    [GeneratedRegex(@"^[0-9]{9}$")]
    private static partial Regex KatoCode();

    [GeneratedRegex(@"^[0-9]+$")]
    private static partial Regex Digits();

    [GeneratedRegex(@"^(?<year>[0-9]{4})(Q(?<quarter>[1-4]))?$")]
    private static partial Regex PeriodPattern();
}
