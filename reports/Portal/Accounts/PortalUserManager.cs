using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using VolunteerDW.Warehouse.Connections;

namespace VolunteerDW.Portal.Accounts;

/// <summary>
/// Identity's user manager with its lockout read from the portal's clock: Identity counts the wrong
/// passwords and decides the lockout by its options (<see cref="AccountRules"/>), but reads the time
/// from the system clock itself; here it comes from the <see cref="TimeProvider"/> everything else
/// uses, so that a lockout ends when the portal's time says it does (and tests can move that time).
/// </summary>
public sealed class PortalUserManager(
    IUserStore<PortalUser> store,
    IOptions<IdentityOptions> options,
    IPasswordHasher<PortalUser> hasher,
    IEnumerable<IUserValidator<PortalUser>> userValidators,
    IEnumerable<IPasswordValidator<PortalUser>> passwordValidators,
    ILookupNormalizer normalizer,
    IdentityErrorDescriber errors,
    IServiceProvider services,
    ILogger<UserManager<PortalUser>> logger,
    TimeProvider time)
    : UserManager<PortalUser>(store, options, hasher, userValidators, passwordValidators, normalizer, errors, services, logger)
{
    public override Task<bool> IsLockedOutAsync(PortalUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return Task.FromResult(user.LockoutEndUtc is { } end && end > StoredTime.Now(time));
    }

    public override async Task<IdentityResult> AccessFailedAsync(PortalUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        user.AccessFailedCount++;
        if (user.AccessFailedCount >= Options.Lockout.MaxFailedAccessAttempts)
        {
            user.LockoutEndUtc = StoredTime.Of(time.GetUtcNow().Add(Options.Lockout.DefaultLockoutTimeSpan));
            user.AccessFailedCount = 0;
        }

        return await UpdateUserAsync(user);
    }
}
