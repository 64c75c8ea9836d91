using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using VolunteerDW.Portal.Accounts;
using VolunteerDW.Portal.Hosting;
using VolunteerDW.Warehouse.Codes;

namespace VolunteerDW.Host.Cli;

/// <summary>
/// <c>vdw users</c>: the portal's accounts from the command line — the first administrator among
/// them, since the portal ships with no account and no default password. Passwords are read from
/// standard input, never from the command line, where the process list and the shell's history
/// would show them.
/// </summary>
internal static class UsersCommand
{
    /// <summary>Exit code when the change was refused (a weak password, a wrong unit, an unknown account).</summary>
    public const int Refused = 1;

    public static Command Create(TextReader input)
    {
        var name = new Argument<string>("name") { Description = "The name the person signs in with (letters, digits, - . _ @)." };
        var role = new Option<string>("--role") { Description = $"One of {string.Join(", ", PortalRoles.All)}.", Required = true };
        var unit = new Option<string?>("--unit") { Description = "For an officer: the KATO code of their district or city (district_officer) or region (regional_officer)." };
        var display = new Option<string?>("--display-name") { Description = "The person's name as the portal shows it (default: the user name)." };
        var language = new Option<string>("--lang") { Description = "The portal's language for them: kk or ru.", DefaultValueFactory = _ => "ru" };
        language.AcceptOnlyFromAmong("kk", "ru");
        var email = new Option<string?>("--email") { Description = "Where the workflow's notices and the deadline reminders go (default: none, no mail)." };

        var add = new Command("add", "Add an account; its password is read from standard input (one line).") { name, role, unit, display, language, email };
        VerbAction.Set(add, (context, cancellationToken) => ChangeAsync(context, (admin, by) =>
            Password(input) is { } password
                ? admin.AddAsync(new PortalUser
                {
                    UserName = context.ParseResult.GetValue(name)!, Role = context.ParseResult.GetValue(role)!, UnitKato = context.ParseResult.GetValue(unit),
                    DisplayName = context.ParseResult.GetValue(display) ?? context.ParseResult.GetValue(name)!, Language = context.ParseResult.GetValue(language)!,
                    Email = context.ParseResult.GetValue(email),
                }, password, by, cancellationToken: cancellationToken)
                : Task.FromResult(NoPassword), $"Account {context.ParseResult.GetValue(name)} added.", cancellationToken));

        var disable = AccountVerb("disable", "Disable an account: it can no longer sign in, and its open sessions end.", name,
            (admin, user, by, cancellationToken) => admin.DisableAsync(user, by, cancellationToken: cancellationToken), "disabled");
        var enable = AccountVerb("enable", "Let a disabled account sign in again, with the password it had.", name,
            (admin, user, by, cancellationToken) => admin.EnableAsync(user, by, cancellationToken: cancellationToken), "enabled");

        var reset = new Command("reset-password", "Give an account a new password, read from standard input (one line); lifts a lockout and ends its open sessions.") { name };
        VerbAction.Set(reset, (context, cancellationToken) => ChangeAsync(context, (admin, by) =>
            Password(input) is { } password ? admin.ResetPasswordAsync(context.ParseResult.GetValue(name)!, password, by, cancellationToken: cancellationToken) : Task.FromResult(NoPassword),
            $"Password of {context.ParseResult.GetValue(name)} reset.", cancellationToken));

        var list = new Command("list", "List the accounts: name, role, unit, language, and whether disabled or locked.");
        VerbAction.Set(list, ListAsync);

        return new Command("users", "The portal's accounts: add, disable, enable, reset-password, list.") { add, disable, enable, reset, list };
    }

    // A verb that changes one named account and says so.
    private static Command AccountVerb(string verb, string description, Argument<string> name,
        Func<AccountAdministration, string, string, CancellationToken, Task<AccountChange>> change, string done)
    {
        var command = new Command(verb, description) { name };
        VerbAction.Set(command, (context, cancellationToken) => ChangeAsync(context,
            (admin, by) => change(admin, context.ParseResult.GetValue(name)!, by, cancellationToken), $"Account {context.ParseResult.GetValue(name)} {done}.", cancellationToken));
        return command;
    }

    private static readonly AccountChange NoPassword = AccountChange.Refused("NoPassword",
        $"no password on standard input; type it after the command (it is not echoed with `read -rs`), e.g. read -rs p && echo \"$p\" | vdw users add …, at least {AccountRules.PasswordLength} characters.");

    private static string? Password(TextReader input) => input.ReadLine() is { Length: > 0 } line ? line : null;

    private static async Task<int> ChangeAsync(VerbContext context, Func<AccountAdministration, string, Task<AccountChange>> change, string done, CancellationToken cancellationToken)
    {
        var warehouse = await context.MigratedWarehouseAsync(cancellationToken);
        await using var services = new ServiceCollection().AddPortalAccountServices(warehouse);
        await using var scope = services.CreateAsyncScope();
        var result = await change(scope.ServiceProvider.GetRequiredService<AccountAdministration>(), $"cli:{Environment.UserName}");
        if (!result.Done)
        {
            foreach (var problem in result.Problems)
            {
                await context.Error.WriteLineAsync($"vdw: {problem}");
            }

            return Refused;
        }

        await context.Output.WriteLineAsync(done);
        return 0;
    }

    private static async Task<int> ListAsync(VerbContext context, CancellationToken cancellationToken)
    {
        var warehouse = await context.MigratedWarehouseAsync(cancellationToken);
        await using var services = new ServiceCollection().AddPortalAccountServices(warehouse);
        await using var scope = services.CreateAsyncScope();
        var accounts = await scope.ServiceProvider.GetRequiredService<AccountAdministration>().ListAsync(cancellationToken);
        await context.Output.WriteLineAsync(accounts.Count == 0 ? "No accounts yet: add the first administrator with `vdw users add <name> --role administrator`." : "name\trole\tunit\tlanguage\tstate");
        foreach (var account in accounts)
        {
            var state = account.IsDisabled ? "disabled" : account.LockoutEndUtc is { } until && until > DateTime.UtcNow ? string.Create(CultureInfo.InvariantCulture, $"locked until {until:yyyy-MM-dd HH:mm} UTC") : "active";
            await context.Output.WriteLineAsync($"{account.UserName}\t{account.Role}\t{account.UnitKato ?? "-"}\t{account.Language}\t{state}");
        }

        return 0;
    }

    private static ServiceProvider AddPortalAccountServices(this IServiceCollection services, Warehouse.Connections.WarehouseConnectionFactory warehouse)
    {
        services.AddPortalAccounts(warehouse, TimeProvider.System);
        return services.BuildServiceProvider();
    }
}
