namespace VolunteerDW.Portal.Hosting;

/// <summary>The statements that read and store the portal's data-protection keys (<c>portal_key</c>); every value is a parameter.</summary>
public static class PortalKeySql
{
    /// <summary>Every element of the key ring, in the order stored.</summary>
    public const string All = "SELECT key_xml FROM portal_key ORDER BY stored_at_utc, key_name";

    /// <summary>
    /// Stores an element unless one of that name is already there, so that storing the same element
    /// again is not an error. Two nodes storing at once store different names (each key's name holds
    /// its own new id), so they never meet on one row.
    /// </summary>
    public const string Store =
        """
        INSERT INTO portal_key (key_name, key_xml, stored_at_utc)
        SELECT @KeyName, @KeyXml, @StoredAtUtc
        WHERE NOT EXISTS (SELECT 1 FROM portal_key WHERE key_name = @KeyName)
        """;
}
