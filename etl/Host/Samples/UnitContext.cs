using VolunteerDW.Warehouse.Dimensions;
using VolunteerDW.Warehouse.Localization;
using VolunteerDW.Warehouse.Periods;

namespace VolunteerDW.Host.Samples;

/// <summary>What the parts of one unit's return are drawn for: the unit, the quarter, who writes it and the classifiers.</summary>
internal sealed record UnitContext(UnitVersionRow Unit, Quarter Quarter, Preparer Preparer, DimensionSnapshot Classifiers)
{
    public string Name(Language language) => language == Language.Kk ? Unit.NameKk : Unit.NameRu;

    /// <summary>An activity type in proportion to the national mix.</summary>
    public string ActivityType(SampleRandom random) =>
        random.Pick(Classifiers.ActivityTypes, a => SampleProfile.ActivityWeight(a.Code)).Code;
}
