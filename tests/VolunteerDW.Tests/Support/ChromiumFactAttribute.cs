using VolunteerDW.Reports.Rendering;

namespace VolunteerDW.Tests.Support;

/// <summary>A fact that needs a Chromium or Chrome to print with; reported skipped, and why, when none is installed.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute()
    {
        if (ChromiumPdf.FindBrowser() is null)
        {
            Skip = "No Chromium or Chrome installed (chromium, chromium-browser or google-chrome on PATH, or /usr/bin/chromium): "
                + "install one, e.g. 'apt-get install chromium', to test printing to PDF.";
        }
    }
}
