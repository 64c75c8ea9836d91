namespace VolunteerDW.Warehouse.Dimensions;

/// <summary>The statements that read the small dimensions into a <see cref="DimensionSnapshot"/>.</summary>
public static class DimensionSql
{
    /// <summary>Every version of every unit, each unit's versions in the order they were valid.</summary>
    public const string Units =
        """
        SELECT region_sk AS RegionSk, kato_code AS KatoCode, parent_kato_code AS ParentKatoCode, region_kato AS RegionKato, level AS Level,
               unit_kind AS UnitKind, reporting_tier AS ReportingTier, name_kk AS NameKk, name_ru AS NameRu,
               name_en AS NameEn, valid_from_key AS ValidFromKey,
               valid_to_key AS ValidToKey, is_current AS IsCurrent
        FROM dim_region
        ORDER BY kato_code, valid_from_key
        """;

    /// <summary>The subject types, in the order the template lists them.</summary>
    public const string SubjectTypes =
        "SELECT subject_type_key AS [Key], code AS Code, name_kk AS NameKk, name_ru AS NameRu, name_en AS NameEn FROM dim_subject_type ORDER BY sort_order";

    /// <summary>The activity types, in the order the template lists them.</summary>
    public const string ActivityTypes =
        "SELECT activity_type_key AS [Key], code AS Code, name_kk AS NameKk, name_ru AS NameRu, name_en AS NameEn FROM dim_activity_type ORDER BY sort_order";
}
