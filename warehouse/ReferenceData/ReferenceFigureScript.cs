using System.Text;
using VolunteerDW.Warehouse.Connections;
using VolunteerDW.Warehouse.Dimensions;

namespace VolunteerDW.Warehouse.ReferenceData;

/// <summary>
/// Writes the seed of the shipped population and wage figures (<c>ReferenceData/population.csv</c>,
/// <c>wages.csv</c>), read by the same reader <c>vdw refdata import</c> uses. It runs once, as
/// migration <see cref="Name"/>; newer figures come in by import, not by release.
/// </summary>
public static class ReferenceFigureScript
{
    /// <summary>The migration name the script is journalled under; it runs after the tables are made (0013).</summary>
    public const string Name = "0014_reference_figures_seed";

    /// <summary>The seed script for an engine.</summary>
    public static string Generate(SqlDialect dialect)
    {
        ArgumentNullException.ThrowIfNull(dialect);
        var script = new StringBuilder("-- Generated from warehouse/ReferenceData/population.csv and wages.csv; edit the files, not this script.\n");
        ReferenceDataScript.AppendInsert(script, dialect, "ref_population", ["kato_code", "as_of_key", "population", "source"],
            FigureFile.ShippedPopulation.Population.Select(f => new[]
            {
                dialect.Literal(f.KatoCode), SqlDialect.Literal(DateKeys.Of(f.AsOf)), SqlDialect.Literal(f.Population), dialect.Literal(f.Source),
            }));
        ReferenceDataScript.AppendInsert(script, dialect, "ref_wage", ["measure", "period", "period_from_key", "period_to_key", "value_kzt", "source"],
            FigureFile.ShippedWages.Wages.Select(f => new[]
            {
                dialect.Literal(f.Measure), dialect.Literal(f.Period), SqlDialect.Literal(DateKeys.Of(f.From)), SqlDialect.Literal(DateKeys.Of(f.To)),
                SqlDialect.Literal(f.ValueKzt), dialect.Literal(f.Source),
            }));
        return script.ToString();
    }
}
