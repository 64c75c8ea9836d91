using VolunteerDW.Warehouse.Dimensions;

namespace VolunteerDW.Etl.Validation;

/// <summary>What a submission is checked against: the warehouse's units and codes, and when it was received.</summary>
/// <param name="Dimensions">Units with their history, and the classifiers.</param>
/// <param name="Codes">The codes each code field accepts.</param>
/// <param name="ReceivedOn">The date received, in Kazakhstan time: a quarter must have ended by then.</param>
/// <param name="MaySend">Whether the sender may send a return for a unit (its version at the quarter's end); null: anyone may (the command line, the inbox).</param>
public sealed record ParseContext(DimensionSnapshot Dimensions, CodeLists Codes, DateOnly ReceivedOn, Func<UnitVersionRow, bool>? MaySend = null);
