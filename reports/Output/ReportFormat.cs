namespace VolunteerDW.Reports.Output;

/// <summary>The files a report can be written as.</summary>
public enum ReportFormat
{
    /// <summary>A self-contained page: inline CSS and SVG charts, A4 print layout, contents list.</summary>
    Html,

    /// <summary>Markdown, with the charts as SVG files beside it.</summary>
    Md,

    /// <summary>The annex: a sheet per table and a sheet of sources.</summary>
    Xlsx,

    /// <summary>The HTML printed by a headless Chromium, when one is installed.</summary>
    Pdf,
}
