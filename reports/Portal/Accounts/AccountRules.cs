using Microsoft.AspNetCore.Identity;

namespace VolunteerDW.Portal.Accounts;

/// <summary>
/// How accounts are kept safe: passwords of at least <see cref="PasswordLength"/> characters, any
/// characters (length, not forced symbols, makes a password hard to guess); after
/// <see cref="WrongPasswords"/> wrong ones in a row the account is locked for <see cref="Lockout"/>.
/// </summary>
public static class AccountRules
{
    public const int PasswordLength = 12, WrongPasswords = 5;

    public static readonly TimeSpan Lockout = TimeSpan.FromMinutes(15);

    public static void Apply(IdentityOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Password = new PasswordOptions
        {
            RequiredLength = PasswordLength, RequireDigit = false, RequireLowercase = false, RequireUppercase = false, RequireNonAlphanumeric = false, RequiredUniqueChars = 4,
        };
        options.Lockout.MaxFailedAccessAttempts = WrongPasswords;
        options.Lockout.DefaultLockoutTimeSpan = Lockout;
        options.Lockout.AllowedForNewUsers = true;
        options.SignIn.RequireConfirmedAccount = true;
        options.User.AllowedUserNameCharacters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._@";
    }
}
