using Microsoft.AspNetCore.Identity;

namespace VolunteerDW.Portal.Accounts;

/// <summary>An account an administrator has disabled cannot sign in, whatever password is given.</summary>
public sealed class ActiveAccount : IUserConfirmation<PortalUser>
{
    public Task<bool> IsConfirmedAsync(UserManager<PortalUser> manager, PortalUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return Task.FromResult(!user.IsDisabled);
    }
}
