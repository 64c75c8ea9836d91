namespace VolunteerDW.Portal.Hosting;

/// <summary>
/// The portal's settings: how many sign-in attempts one address may make in a window, before it is
/// answered 429 (a lockout protects each account; this slows guessing across accounts).
/// </summary>
public sealed record PortalSettings
{
    public int SignInAttempts { get; init; } = 30;

    public TimeSpan SignInWindow { get; init; } = TimeSpan.FromMinutes(1);
}
