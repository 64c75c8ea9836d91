using VolunteerDW.Reports.Rendering;

namespace VolunteerDW.Tests.Support;

/// <summary>A fact that needs a Chromium or Chrome to print with; reported skipped, and why, when none is installed.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute() => Skip = NoChromium.Reason;
}

/// <summary>A theory that needs a Chromium or Chrome; every case reported skipped, and why, when none is installed.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ChromiumTheoryAttribute : TheoryAttribute
{
    public ChromiumTheoryAttribute() => Skip = NoChromium.Reason;
}

internal static class NoChromium
{
    /// <summary>Why a test that needs a browser cannot run here, or null when one is installed.</summary>
    public static string? Reason => ChromiumPdf.FindBrowser() is null
        ? "No Chromium or Chrome installed (chromium, chromium-browser or google-chrome on PATH, or /usr/bin/chromium): "
            + "install one, e.g. 'apt-get install chromium', to test printing to PDF."
        : null;
}
