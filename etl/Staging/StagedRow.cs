namespace VolunteerDW.Etl.Staging;

/// <summary>
/// A submitted row as it is staged: the load it belongs to, the sheet it came from (kept where two
/// sheets share a staging table) and the row itself. A struct, so staging a row allocates nothing.
/// </summary>
internal readonly record struct StagedRow<TRow>(string LoadId, string Sheet, TRow Row);
