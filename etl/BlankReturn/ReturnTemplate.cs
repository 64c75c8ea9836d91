using System.Data.Common;
using VolunteerDW.Etl.Workflow;
using VolunteerDW.Warehouse.Dimensions;
using VolunteerDW.Warehouse.Periods;

namespace VolunteerDW.Etl.BlankReturn;

/// <summary>
/// The template a unit downloads, as the warehouse stands now — the one path `vdw template` and the
/// portal's download share: a district's blank return, or a region's with its <c>consolidated</c>
/// sheet pre-filled from its accepted districts and its own return (<see cref="Consolidation"/>).
/// </summary>
public static class ReturnTemplate
{
    /// <summary>The workbook's bytes for <paramref name="unit"/> (its version at the quarter's end, <see cref="TemplateUnit.Resolve"/>).</summary>
    public static async Task<byte[]> WriteAsync(DbConnection connection, DimensionSnapshot dimensions, UnitVersionRow unit, Quarter quarter,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dimensions);
        ArgumentNullException.ThrowIfNull(unit);
        var consolidation = unit.ReportingTier == 2
            ? await Consolidation.ReadAsync(connection, dimensions, unit.KatoCode, quarter, cancellationToken)
            : null;
        using var stream = new MemoryStream();
        using (var workbook = BlankReturnWorkbook.Create(unit, quarter, dimensions.SubjectTypes, dimensions.ActivityTypes, consolidation?.ConsolidatedRows))
        {
            workbook.SaveAs(stream);
        }

        return stream.ToArray();
    }
}
