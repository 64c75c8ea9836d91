namespace VolunteerDW.Reports.Languages;

/// <summary>
/// The Kazakh endings <see cref="KazakhSuffix"/> writes after a number: the six oblique cases
/// (септіктер) and the third-person possessive ending that reports need for shares
/// ("волонтерлердің 15%-ы" — 15% of the volunteers).
/// </summary>
public enum KazakhCase
{
    /// <summary>Барыс септік (to, up to): 5-ке, 6-ға.</summary>
    Dative,

    /// <summary>Шығыс септік (from, more than): 5-тен, 10-нан.</summary>
    Ablative,

    /// <summary>Жатыс септік (in, at): 5-те, 6-да.</summary>
    Locative,

    /// <summary>Ілік септік (of): 5-тің, 6-ның.</summary>
    Genitive,

    /// <summary>Табыс септік (the direct object): 5-ті, 6-ны.</summary>
    Accusative,

    /// <summary>Көмектес септік (with, by): 5-пен, 6-мен.</summary>
    Instrumental,

    /// <summary>Тәуелдік жалғау, 3rd person (its, of which): 5-і, 6-сы, 15%-ы.</summary>
    Possessive,
}
