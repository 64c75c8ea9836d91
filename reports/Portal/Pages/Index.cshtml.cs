using System.Security.Claims;
using Dapper;
using Microsoft.AspNetCore.Mvc.RazorPages;
using VolunteerDW.Portal.Accounts;
using VolunteerDW.Warehouse.Connections;
using VolunteerDW.Warehouse.Dimensions;
using VolunteerDW.Warehouse.Localization;

namespace VolunteerDW.Portal.Pages;

/// <summary>The first page after signing in: who the portal takes you for, and for which unit.</summary>
public sealed class IndexModel(WarehouseConnectionFactory connections) : PageModel
{
    public Label? Role { get; private set; }

    /// <summary>The officer's unit, its name and KATO code; null for the ministry's roles.</summary>
    public Label? Unit { get; private set; }

    public async Task OnGetAsync()
    {
        await using var connection = await connections.OpenAsync(cancellationToken: HttpContext.RequestAborted);
        var role = await connection.QuerySingleAsync<(string Kk, string Ru, string En)>(
            new CommandDefinition(AccountSql.RoleName, new { role = User.FindFirst(ClaimTypes.Role)!.Value }, cancellationToken: HttpContext.RequestAborted));
        Role = new Label(role.Kk, role.Ru, role.En);
        if (User.FindFirst(PortalClaims.Unit)?.Value is { } kato)
        {
            var unit = (await DimensionSnapshot.LoadAsync(connection, HttpContext.RequestAborted)).Units.First(u => u.KatoCode == kato && u.IsCurrent);
            Unit = new Label($"{unit.NameKk} ({kato})", $"{unit.NameRu} ({kato})", $"{unit.NameRu} ({kato})");
        }
    }
}
