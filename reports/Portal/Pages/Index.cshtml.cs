using System.Security.Claims;
using Dapper;
using Microsoft.AspNetCore.Mvc.RazorPages;
using VolunteerDW.Etl.Workflow;
using VolunteerDW.Portal.Accounts;
using VolunteerDW.Warehouse.Connections;
using VolunteerDW.Warehouse.Dimensions;
using VolunteerDW.Warehouse.Localization;
using VolunteerDW.Warehouse.Periods;

namespace VolunteerDW.Portal.Pages;

/// <summary>The first page after signing in: who the portal takes you for, for which unit, and what waits for you in the workflow.</summary>
public sealed class IndexModel(WarehouseConnectionFactory connections, TimeProvider time) : PageModel
{
    /// <summary>How many ended quarters back the list of what waits looks.</summary>
    private const int QuartersBack = 4;

    /// <summary>What waits for the reader (<see cref="Attention"/>), newest quarter first.</summary>
    public IReadOnlyList<AttentionItem> Waiting { get; private set; } = [];

    public Label? Role { get; private set; }

    /// <summary>The officer's unit, its name and KATO code; null for the ministry's roles.</summary>
    public Label? Unit { get; private set; }

    public async Task OnGetAsync()
    {
        await using var connection = await connections.OpenAsync(cancellationToken: HttpContext.RequestAborted);
        var role = await connection.QuerySingleAsync<(string Kk, string Ru, string En)>(
            new CommandDefinition(AccountSql.RoleName, new { role = User.FindFirst(ClaimTypes.Role)!.Value }, cancellationToken: HttpContext.RequestAborted));
        Role = new Label(role.Kk, role.Ru, role.En);
        var dimensions = await DimensionSnapshot.LoadAsync(connection, HttpContext.RequestAborted);
        if (User.FindFirst(PortalClaims.Unit)?.Value is { } kato)
        {
            var unit = dimensions.Units.First(u => u.KatoCode == kato && u.IsCurrent);
            Unit = new Label($"{unit.NameKk} ({kato})", $"{unit.NameRu} ({kato})", $"{unit.NameRu} ({kato})");
        }

        var lastEnded = Quarter.Of(KazakhstanTime.Today(time)).Previous;
        var sheets = new List<ApprovalSheet>();
        foreach (var quarter in Quarter.Range(lastEnded.Plus(1 - QuartersBack), lastEnded))
        {
            sheets.AddRange(await ApprovalSheet.ReadAllAsync(connection, dimensions, quarter, cancellationToken: HttpContext.RequestAborted));
        }

        Waiting = Attention.For(UnitAccess.Actor(User), sheets);
    }
}
