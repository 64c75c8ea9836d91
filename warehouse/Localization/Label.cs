namespace VolunteerDW.Warehouse.Localization;

/// <summary>A piece of text in the three languages the product speaks.</summary>
public sealed record Label(string Kk, string Ru, string En)
{
    /// <summary>The text in a language: <c>kk</c>, <c>ru</c> or <c>en</c>.</summary>
    public string In(Language language) => language switch
    {
        Language.Kk => Kk,
        Language.Ru => Ru,
        _ => En,
    };
}

/// <summary>The languages of messages and reports.</summary>
public enum Language
{
    Kk,
    Ru,
    En,
}

/// <summary>A language's one code, wherever the product writes it: file names, HTML's lang attribute, the portal's cookie and accounts.</summary>
public static class LanguageCodes
{
    /// <summary>kk, ru or en.</summary>
    public static string Code(this Language language) => language switch
    {
        Language.Kk => "kk",
        Language.Ru => "ru",
        _ => "en",
    };
}
