using System.Data.Common;
using System.Xml.Linq;
using Dapper;
using Microsoft.AspNetCore.DataProtection.Repositories;
using VolunteerDW.Warehouse.Connections;

namespace VolunteerDW.Portal.Hosting;

/// <summary>
/// The portal's data-protection key ring kept in the warehouse (<c>portal_key</c>), so that every
/// node serving the portal signs and reads cookies and antiforgery tokens with the same keys. It
/// stores what ASP.NET Core gives it: each key already encrypted to the portal's certificate
/// (<see cref="PortalKeyCertificate"/>), so the warehouse never holds a key it could use.
/// </summary>
public sealed class WarehouseKeyRing(WarehouseConnectionFactory connections, TimeProvider time) : IXmlRepository
{
    /// <inheritdoc/>
    public IReadOnlyCollection<XElement> GetAllElements()
    {
        using var connection = Open();
        return [.. connection.Query<string>(PortalKeySql.All).Select(XElement.Parse)];
    }

    /// <inheritdoc/>
    public void StoreElement(XElement element, string friendlyName)
    {
        ArgumentNullException.ThrowIfNull(element);
        using var connection = Open();
        connection.Execute(PortalKeySql.Store, new
        {
            KeyName = friendlyName,
            KeyXml = element.ToString(SaveOptions.DisableFormatting),
            StoredAtUtc = StoredTime.Now(time),
        });
    }

    // ASP.NET Core asks for the ring synchronously, once when a node first needs it and then about
    // once a day or when it makes a key: waiting here holds one thread for one small query that rarely runs.
    private DbConnection Open() => connections.OpenAsync().GetAwaiter().GetResult();
}
