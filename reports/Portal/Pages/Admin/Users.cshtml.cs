using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using VolunteerDW.Portal.Accounts;
using VolunteerDW.Portal.Administration;
using VolunteerDW.Warehouse.Codes;
using VolunteerDW.Warehouse.Connections;
using VolunteerDW.Warehouse.Dimensions;
using VolunteerDW.Warehouse.Localization;

namespace VolunteerDW.Portal.Pages.Admin;

/// <summary>What the account form sends: the new account and its password, typed twice.</summary>
public sealed class NewAccount
{
    public string UserName { get; set; } = string.Empty;

    public string? DisplayName { get; set; }

    public string? Email { get; set; }

    public string Role { get; set; } = PortalRoles.DistrictOfficer;

    public string? UnitKato { get; set; }

    public string Language { get; set; } = "ru";

    public string Password { get; set; } = string.Empty;

    public string RepeatPassword { get; set; } = string.Empty;
}

/// <summary>
/// Every account, with its role, unit, language, state and last sign-in; and adding one, disabling
/// and enabling one, and giving one a new password — each through <see cref="AccountAdministration"/>,
/// as `vdw users` does, so that the same rules hold and each change is on the record with the
/// administrator's address. The administrator types the new password: the portal makes none up,
/// so that no password is ever shown on a screen or kept anywhere but as its hash.
/// </summary>
public sealed class UsersModel(AccountAdministration administration, WarehouseConnectionFactory connections, TimeProvider time) : PageModel
{
    public IReadOnlyList<PortalUser> Accounts { get; private set; } = [];

    public IReadOnlyList<(string Code, Label Label)> Roles { get; private set; } = [];

    /// <summary>Each current unit by its KATO code: an officer's unit is shown with its name.</summary>
    public IReadOnlyDictionary<string, UnitVersionRow> Units { get; private set; } = new Dictionary<string, UnitVersionRow>();

    public IReadOnlyDictionary<string, DateTime> LastSignIns { get; private set; } = new Dictionary<string, DateTime>();

    public DateTime Now { get; private set; }

    /// <summary>The add form as it was sent, when it was refused (its passwords left out).</summary>
    public NewAccount Entered { get; private set; } = new();

    public IReadOnlyList<AccountProblem> Problems { get; private set; } = [];

    /// <summary>What was just done, said in the reader's language.</summary>
    public Label? Done { get; private set; }

    public Task OnGetAsync() => LoadAsync();

    public async Task<IActionResult> OnPostAddAsync(NewAccount account)
    {
        ArgumentNullException.ThrowIfNull(account);
        var change = account.Password != account.RepeatPassword
            ? AccountChange.Refused(AccountProblem.PasswordsDiffer, "the passwords differ")
            : await administration.AddAsync(new PortalUser
            {
                UserName = account.UserName.Trim(),
                DisplayName = string.IsNullOrWhiteSpace(account.DisplayName) ? account.UserName.Trim() : account.DisplayName.Trim(),
                Role = account.Role,
                UnitKato = string.IsNullOrWhiteSpace(account.UnitKato) ? null : account.UnitKato.Trim(),
                Language = account.Language is "kk" ? "kk" : "ru",
                Email = string.IsNullOrWhiteSpace(account.Email) ? null : account.Email.Trim(),
            }, account.Password, By, From, HttpContext.RequestAborted);
        if (!change.Done)
        {
            Entered = new NewAccount { UserName = account.UserName, DisplayName = account.DisplayName, Email = account.Email, Role = account.Role, UnitKato = account.UnitKato, Language = account.Language };
        }

        return await AnsweredAsync(change, AuditActions.UserAdded, account.UserName.Trim());
    }

    public async Task<IActionResult> OnPostDisableAsync(string userName) =>
        await AnsweredAsync(await administration.DisableAsync(userName ?? string.Empty, By, From, HttpContext.RequestAborted), AuditActions.UserDisabled, userName);

    public async Task<IActionResult> OnPostEnableAsync(string userName) =>
        await AnsweredAsync(await administration.EnableAsync(userName ?? string.Empty, By, From, HttpContext.RequestAborted), AuditActions.UserEnabled, userName);

    public async Task<IActionResult> OnPostResetPasswordAsync(string userName, string password, string repeatPassword)
    {
        var change = (password ?? string.Empty) != (repeatPassword ?? string.Empty)
            ? AccountChange.Refused(AccountProblem.PasswordsDiffer, "the passwords differ")
            : await administration.ResetPasswordAsync(userName ?? string.Empty, password ?? string.Empty, By, From, HttpContext.RequestAborted);
        return await AnsweredAsync(change, AuditActions.PasswordReset, userName);
    }

    private string By => User.Identity!.Name!;

    private string? From => HttpContext.Connection.RemoteIpAddress?.ToString();

    // The page again, with what was done or why not; a refusal is answered 422 so that it is not taken for a success.
    private async Task<IActionResult> AnsweredAsync(AccountChange change, string action, string? userName)
    {
        Problems = change.Problems;
        Done = change.Done ? Text.PortalText.Done(action, userName ?? string.Empty) : null;
        await LoadAsync();
        var page = Page();
        if (!change.Done)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        }

        return page;
    }

    private async Task LoadAsync()
    {
        var cancellationToken = HttpContext.RequestAborted;
        Accounts = await administration.ListAsync(cancellationToken);
        Roles = await CodeLabels.ReadAsync(connections, PortalRoles.List, cancellationToken);
        LastSignIns = await AuditTrail.LastSignInsAsync(connections, cancellationToken);
        await using var connection = await connections.OpenAsync(cancellationToken: cancellationToken);
        Units = (await DimensionSnapshot.LoadAsync(connection, cancellationToken)).Units.Where(u => u.IsCurrent).DistinctBy(u => u.KatoCode).ToDictionary(u => u.KatoCode, StringComparer.Ordinal);
        Now = StoredTime.Now(time);
    }
}
