using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using VolunteerDW.Etl.History;
using VolunteerDW.Etl.Workflow;
using VolunteerDW.Portal.Accounts;
using VolunteerDW.Warehouse.Connections;
using VolunteerDW.Warehouse.Dimensions;
using VolunteerDW.Warehouse.Periods;

namespace VolunteerDW.Portal.Pages.Returns;

/// <summary>
/// What changed between two versions of one unit's return for a quarter, cell by cell
/// (<see cref="ReturnComparison"/>). A malformed address is answered 400; a unit the reader may
/// not see (<see cref="UnitAccess"/>, asked of the unit's version at the quarter's end) 403, before
/// anything tells whether its return exists; a version that does not exist 404.
/// </summary>
public sealed class CompareModel(WarehouseConnectionFactory connections) : PageModel
{
    public UnitVersionRow Unit { get; private set; } = new();

    public Quarter Quarter { get; private set; }

    public int From { get; private set; }

    public int To { get; private set; }

    public ReturnDifferences Differences { get; private set; } = new([]);

    public CellText Cells { get; private set; } = null!;

    /// <summary>Who sent each of the two versions, and when.</summary>
    public IReadOnlyList<VersionSender> Senders { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string? unit, string? quarter, string? from, string? to)
    {
        if (!ReturnAddress.TryUnit(unit, out var kato) || kato is null || !ReturnAddress.TryQuarter(quarter, out var period) || period is not { } q
            || !ReturnAddress.TryVersion(from, out var older) || !ReturnAddress.TryVersion(to, out var newer))
        {
            return BadRequest();
        }

        var cancel = HttpContext.RequestAborted;
        await using var connection = await connections.OpenAsync(cancellationToken: cancel);
        var dimensions = await DimensionSnapshot.LoadAsync(connection, cancel);
        if (dimensions.UnitAt(kato, DateKeys.Of(q.LastDay)) is not { } version)
        {
            return NotFound();
        }

        if (!UnitAccess.Allows(User, version))
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        var was = await StoredReturn.ReadAsync(connection, kato, q, older, cancel);
        var now = await StoredReturn.ReadAsync(connection, kato, q, newer, cancel);
        if (was is null || now is null)
        {
            return NotFound();
        }

        (Unit, Quarter, From, To) = (version, q, older, newer);
        Differences = ReturnComparison.Compare(was, now);
        Cells = CellText.For(dimensions);
        var senders = await VersionSenders.ReadAsync(connection, kato, q, cancel);
        Senders = [.. new[] { older, newer }.Distinct().Select(v => senders[v])];
        return Page();
    }
}
