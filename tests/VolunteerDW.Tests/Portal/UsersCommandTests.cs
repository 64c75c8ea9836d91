using Dapper;
using VolunteerDW.Tests.Support;
using VolunteerDW.Warehouse.Codes;
using VolunteerDW.Warehouse.Connections;

namespace VolunteerDW.Tests.Portal;

/// <summary><c>vdw users</c>: accounts from the command line, the password from standard input only.</summary>
public sealed class UsersCommandTests
{
    private const string Password = "a long enough passphrase";

    [Theory, SqliteEngine, SqlServerEngine]
    public async Task The_first_administrator_is_added_with_a_password_read_from_standard_input_and_hashed(WarehouseEngine engine)
    {
        await using var warehouse = await TestWarehouse.MigratedAsync(engine);

        var empty = await CliRun.ExecuteAsync(["users", "list", .. warehouse.CliOptions]);
        var added = await CliRun.WithInputAsync(Password + "\n", ["users", "add", "admin", "--role", PortalRoles.Administrator, .. warehouse.CliOptions]);
        var listed = await CliRun.ExecuteAsync(["users", "list", .. warehouse.CliOptions]);

        Assert.Contains("No accounts yet", empty.Output, StringComparison.Ordinal);
        Assert.True(added.ExitCode == 0, added.Error);
        Assert.Contains("admin\tadministrator\t-\tru\tactive", listed.Output, StringComparison.Ordinal);
        await using var connection = await warehouse.Connections.OpenAsync();
        var hash = await connection.ExecuteScalarAsync<string>("SELECT password_hash FROM portal_user WHERE user_name = 'admin'");
        Assert.DoesNotContain(Password, hash!, StringComparison.Ordinal);
        Assert.StartsWith("AQAAAA", hash, StringComparison.Ordinal);
        Assert.Equal((AuditActions.UserAdded, "admin"), await connection.QuerySingleAsync<(string, string)>("SELECT action, subject FROM portal_audit"));
    }

    [Theory]
    [InlineData("", "no password on standard input")]
    [InlineData("too short\n", "Passwords must be at least 12 characters.")]
    public async Task An_account_without_a_good_password_is_not_added(string input, string problem)
    {
        await using var warehouse = await TestWarehouse.MigratedAsync(WarehouseEngine.Sqlite);

        var refused = await CliRun.WithInputAsync(input, ["users", "add", "admin", "--role", PortalRoles.Administrator, .. warehouse.CliOptions]);

        Assert.Equal(1, refused.ExitCode);
        Assert.Contains(problem, refused.Error, StringComparison.Ordinal);
        Assert.Contains("No accounts yet", (await CliRun.ExecuteAsync(["users", "list", .. warehouse.CliOptions])).Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(PortalRoles.DistrictOfficer, "100000000", "needs the KATO code of a district or city")]
    [InlineData(PortalRoles.RegionalOfficer, "101000000", "needs the KATO code of a region")]
    [InlineData(PortalRoles.RegionalOfficer, null, "needs the KATO code of a region")]
    [InlineData(PortalRoles.MinistryAnalyst, "100000000", "sees the whole country: give no unit")]
    [InlineData("inspector", null, "'inspector' is not a role")]
    public async Task An_officers_unit_must_be_a_unit_of_their_tier(string role, string? unit, string problem)
    {
        await using var warehouse = await TestWarehouse.MigratedAsync(WarehouseEngine.Sqlite);
        string[] unitOption = unit is null ? [] : ["--unit", unit];

        var refused = await CliRun.WithInputAsync(Password + "\n", ["users", "add", "officer", "--role", role, .. unitOption, .. warehouse.CliOptions]);

        Assert.Equal(1, refused.ExitCode);
        Assert.Contains(problem, refused.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_officer_added_with_an_email_address_is_told_by_mail_and_a_malformed_address_is_refused()
    {
        await using var warehouse = await TestWarehouse.MigratedAsync(WarehouseEngine.Sqlite);

        var added = await CliRun.WithInputAsync(Password + "\n", ["users", "add", "semey.officer", "--role", PortalRoles.DistrictOfficer, "--unit", "101000000",
            "--email", "asel@semey.kz", .. warehouse.CliOptions]);
        var refused = await CliRun.WithInputAsync(Password + "\n", ["users", "add", "kurchatov.officer", "--role", PortalRoles.DistrictOfficer, "--unit", "101800000",
            "--email", "ivan@kurchatov.kz\r\nBcc: evil@example.com", .. warehouse.CliOptions]);

        Assert.True(added.ExitCode == 0, added.Error);
        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("is not one e-mail address", refused.Error, StringComparison.Ordinal);
        await using var connection = await warehouse.Connections.OpenAsync();
        Assert.Equal(["asel@semey.kz"], await connection.QueryAsync<string>("SELECT email FROM portal_user"));
    }

    [Fact]
    public async Task Disable_enable_and_reset_password_change_the_account_and_go_on_the_record()
    {
        await using var warehouse = await TestWarehouse.MigratedAsync(WarehouseEngine.Sqlite);
        await CliRun.WithInputAsync(Password + "\n", ["users", "add", "semey.officer", "--role", PortalRoles.DistrictOfficer, "--unit", "101000000", "--lang", "kk", .. warehouse.CliOptions]);
        await using var connection = await warehouse.Connections.OpenAsync();
        var before = await connection.QuerySingleAsync<(string Hash, string Stamp)>("SELECT password_hash, security_stamp FROM portal_user");

        var reset = await CliRun.WithInputAsync("another long passphrase\n", ["users", "reset-password", "semey.officer", .. warehouse.CliOptions]);
        var after = await connection.QuerySingleAsync<(string Hash, string Stamp)>("SELECT password_hash, security_stamp FROM portal_user");
        var disabled = await CliRun.ExecuteAsync(["users", "disable", "semey.officer", .. warehouse.CliOptions]);
        var unknown = await CliRun.ExecuteAsync(["users", "disable", "nobody", .. warehouse.CliOptions]);

        Assert.Equal((0, 0), (reset.ExitCode, disabled.ExitCode));
        Assert.NotEqual(before.Hash, after.Hash);
        Assert.NotEqual(before.Stamp, after.Stamp);
        Assert.Contains("semey.officer\tdistrict_officer\t101000000\tkk\tdisabled", (await CliRun.ExecuteAsync(["users", "list", .. warehouse.CliOptions])).Output, StringComparison.Ordinal);
        Assert.Equal(1, unknown.ExitCode);
        Assert.Contains("there is no account named 'nobody'", unknown.Error, StringComparison.Ordinal);

        var enabled = await CliRun.ExecuteAsync(["users", "enable", "semey.officer", .. warehouse.CliOptions]);
        Assert.Equal((0, "Account semey.officer enabled."), (enabled.ExitCode, enabled.Output.Trim()));
        Assert.Contains("semey.officer\tdistrict_officer\t101000000\tkk\tactive", (await CliRun.ExecuteAsync(["users", "list", .. warehouse.CliOptions])).Output, StringComparison.Ordinal);
        Assert.Equal(after.Hash, await connection.QuerySingleAsync<string>("SELECT password_hash FROM portal_user"));
        Assert.Equal(1, (await CliRun.ExecuteAsync(["users", "enable", "nobody", .. warehouse.CliOptions])).ExitCode);
        Assert.Equal([AuditActions.UserAdded, AuditActions.PasswordReset, AuditActions.UserDisabled, AuditActions.UserEnabled],
            await connection.QueryAsync<string>("SELECT action FROM portal_audit ORDER BY audit_key"));
        Assert.All(await connection.QueryAsync<string>("SELECT user_name FROM portal_audit"), by => Assert.StartsWith("cli:", by, StringComparison.Ordinal));
    }
}
