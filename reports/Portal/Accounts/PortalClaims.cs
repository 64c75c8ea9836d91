using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace VolunteerDW.Portal.Accounts;

/// <summary>
/// What the sign-in cookie says of a person besides who they are: their role, their unit, their
/// name as shown and their language. The cookie is signed by the server; a change to the account
/// changes its security stamp, which ends the sessions made before it.
/// </summary>
public sealed class PortalClaims(UserManager<PortalUser> users, IOptions<IdentityOptions> options) : UserClaimsPrincipalFactory<PortalUser>(users, options)
{
    public const string Unit = "vdw:unit", DisplayName = "vdw:display_name", Language = "vdw:language";

    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(PortalUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(ClaimTypes.Role, user.Role));
        identity.AddClaim(new Claim(DisplayName, user.DisplayName));
        identity.AddClaim(new Claim(Language, user.Language));
        if (user.UnitKato is { } unit)
        {
            identity.AddClaim(new Claim(Unit, unit));
        }

        return identity;
    }
}
