using Dapper;
using Microsoft.AspNetCore.Identity;
using VolunteerDW.Warehouse.Codes;
using VolunteerDW.Warehouse.Connections;
using VolunteerDW.Warehouse.Dimensions;

namespace VolunteerDW.Portal.Accounts;

/// <summary>Why a change to an account was refused: a code the portal words in each language (Identity's own, or one of <see cref="AccountProblem"/>'s), and the text for the command line.</summary>
public sealed record AccountProblem(string Code, string Text)
{
    public const string UnknownRole = "UnknownRole", NoUnitForRole = "NoUnitForRole", UnitNeeded = "UnitNeeded", UnknownAccount = "UnknownAccount", OwnAccount = "OwnAccount";

    /// <summary>An e-mail address that is not one address (a name, @, a domain; no spaces).</summary>
    public const string EmailInvalid = "EmailInvalid";

    /// <summary>A new password and its repetition differ (the portal asks for both, so that a typing slip does not lock a person out).</summary>
    public const string PasswordsDiffer = "PasswordsDiffer";

    public override string ToString() => Text;
}

/// <summary>What an administration step did: done, or the reasons it was refused.</summary>
public sealed record AccountChange(IReadOnlyList<AccountProblem> Problems)
{
    public bool Done => Problems.Count == 0;

    public static readonly AccountChange Success = new([]);

    public static AccountChange Refused(string code, string text) => new([new AccountProblem(code, text)]);
}

/// <summary>
/// Adds, disables and re-keys accounts through Identity's user manager (so its password rules and
/// hashing hold), checks an officer's unit against the warehouse's units, and puts each change on
/// the record: who made it and from where (an address in the portal, none from the command line).
/// </summary>
public sealed class AccountAdministration(UserManager<PortalUser> users, WarehouseConnectionFactory connections, AuditLog audit, TimeProvider time)
{
    public async Task<AccountChange> AddAsync(PortalUser account, string password, string by, string? from = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(account);
        if ((EmailProblem(account) ?? await UnitProblemAsync(account, cancellationToken)) is { } problem)
        {
            return new AccountChange([problem]);
        }

        account.CreatedAtUtc = StoredTime.Now(time);
        return await RecordedAsync(await users.CreateAsync(account, password), AuditActions.UserAdded, account.UserName, by, from, cancellationToken);
    }

    /// <summary>Disables an account: it can no longer sign in, and its open sessions end. Nobody disables their own account, so an administrator cannot lock themselves out.</summary>
    public Task<AccountChange> DisableAsync(string userName, string by, string? from = null, CancellationToken cancellationToken = default) =>
        string.Equals(userName, by, StringComparison.OrdinalIgnoreCase)
            ? Task.FromResult(AccountChange.Refused(AccountProblem.OwnAccount, "an account cannot be disabled by the person it belongs to; another administrator can."))
            : SetDisabledAsync(userName, true, AuditActions.UserDisabled, by, from, cancellationToken);

    /// <summary>Lets a disabled account sign in again, with the password it had.</summary>
    public Task<AccountChange> EnableAsync(string userName, string by, string? from = null, CancellationToken cancellationToken = default) =>
        SetDisabledAsync(userName, false, AuditActions.UserEnabled, by, from, cancellationToken);

    public async Task<AccountChange> ResetPasswordAsync(string userName, string password, string by, string? from = null, CancellationToken cancellationToken = default)
    {
        if (await users.FindByNameAsync(userName) is not { } account)
        {
            return Unknown(userName);
        }

        var errors = new List<IdentityError>();
        foreach (var validator in users.PasswordValidators)
        {
            errors.AddRange((await validator.ValidateAsync(users, account, password)).Errors);
        }

        var result = errors.Count > 0 ? IdentityResult.Failed([.. errors]) : IdentityResult.Success;
        if (result.Succeeded)
        {
            // A new password also lifts a lockout (an administrator gave it), and its new stamp ends the old sessions.
            account.PasswordHash = users.PasswordHasher.HashPassword(account, password);
            account.LockoutEndUtc = null;
            account.AccessFailedCount = 0;
            await users.UpdateSecurityStampAsync(account);
        }

        return await RecordedAsync(result, AuditActions.PasswordReset, account.UserName, by, from, cancellationToken);
    }

    public async Task<IReadOnlyList<PortalUser>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken: cancellationToken);
        return [.. await connection.QueryAsync<PortalUser>(new CommandDefinition(AccountSql.All, cancellationToken: cancellationToken))];
    }

    private async Task<AccountChange> SetDisabledAsync(string userName, bool disabled, string action, string by, string? from, CancellationToken cancellationToken)
    {
        if (await users.FindByNameAsync(userName) is not { } account)
        {
            return Unknown(userName);
        }

        account.IsDisabled = disabled;
        // A new stamp ends the sessions the person has open.
        await users.UpdateSecurityStampAsync(account);
        return await RecordedAsync(IdentityResult.Success, action, account.UserName, by, from, cancellationToken);
    }

    private async Task<AccountChange> RecordedAsync(IdentityResult result, string action, string subject, string by, string? from, CancellationToken cancellationToken)
    {
        if (!result.Succeeded)
        {
            return new AccountChange([.. result.Errors.Select(e => new AccountProblem(e.Code, e.Description))]);
        }

        await audit.RecordAsync(action, by, subject, from, cancellationToken);
        return AccountChange.Success;
    }

    private static AccountChange Unknown(string userName) =>
        AccountChange.Refused(AccountProblem.UnknownAccount, $"there is no account named '{userName}'; `vdw users list` shows them.");

    // One plain address, or none: it goes into a header of every notice the person is sent.
    private static AccountProblem? EmailProblem(PortalUser account) =>
        account.Email is not { } email
        || (email.Length is >= 3 and <= 254 && !email.Any(c => char.IsWhiteSpace(c) || char.IsControl(c) || c is ',' or ';' or '<' or '>' or '"')
            && System.Net.Mail.MailAddress.TryCreate(email, out var parsed) && parsed.Address == email && parsed.DisplayName.Length == 0)
            ? null
            : new(AccountProblem.EmailInvalid, $"'{email}' is not one e-mail address; give it like name@example.kz, or none.");

    // A district officer's unit is a district or city, a regional officer's a region, as they are today.
    private async Task<AccountProblem?> UnitProblemAsync(PortalUser account, CancellationToken cancellationToken)
    {
        if (!PortalRoles.All.Contains(account.Role, StringComparer.Ordinal))
        {
            return new(AccountProblem.UnknownRole, $"'{account.Role}' is not a role; give one of {string.Join(", ", PortalRoles.All)}.");
        }

        if (!PortalRoles.HasUnit(account.Role))
        {
            return account.UnitKato is null ? null : new(AccountProblem.NoUnitForRole, $"a {account.Role} sees the whole country: give no unit.");
        }

        await using var connection = await connections.OpenAsync(cancellationToken: cancellationToken);
        var dimensions = await DimensionSnapshot.LoadAsync(connection, cancellationToken);
        var level = account.Role == PortalRoles.DistrictOfficer ? 2 : 1;
        var unit = account.UnitKato is null ? null : dimensions.Units.FirstOrDefault(u => u.KatoCode == account.UnitKato && u.IsCurrent);
        return unit?.Level == level ? null
            : new(AccountProblem.UnitNeeded, $"a {account.Role} needs the KATO code of a {(level == 2 ? "district or city" : "region")} as it is today (--unit); '{account.UnitKato}' is not one.");
    }
}
