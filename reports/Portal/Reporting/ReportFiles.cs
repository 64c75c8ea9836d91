using VolunteerDW.Portal.Hosting;
using VolunteerDW.Reports.Documents;
using VolunteerDW.Reports.Output;
using VolunteerDW.Warehouse.Connections;

namespace VolunteerDW.Portal.Reporting;

/// <summary>
/// Reports on demand: made by the builders and the writer <c>vdw report</c> uses, in the one
/// language and format asked for, and kept in the <see cref="ReportCache"/> until the data changes.
/// </summary>
public sealed class ReportFiles(WarehouseConnectionFactory connections, TimeProvider time, PortalSettings settings, ReportCache cache)
{
    /// <exception cref="ArgumentException">The request's region is not a region at the end of its quarter.</exception>
    /// <exception cref="ReportTemplateException">A template failed, or no browser could print the PDF.</exception>
    public async Task<ReportFile> GetAsync(ReportRequest request, ReportFormat format, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var name = request.Key + ReportFile.Extension(format);
        var version = await ReportDataVersion.OfAsync(connections, time, settings.Templates, cancellationToken);
        var path = await cache.GetAsync(version, name, work => MakeAsync(request, format, Path.Combine(work, name), cancellationToken), cancellationToken);
        return new ReportFile(path, ReportFile.TypeOf(path)!, name);
    }

    private async Task<string> MakeAsync(ReportRequest request, ReportFormat format, string target, CancellationToken cancellationToken)
    {
        var document = await request.DocumentAsync(connections, time, cancellationToken);
        var folder = Path.GetDirectoryName(target)!;
        var written = await new ReportWriter(new TemplateSource(settings.Templates))
            .WriteAsync(document, [request.Language], [format], folder, cancellationToken);
        var main = written.Single(f => Path.GetExtension(f) == (format == ReportFormat.Md ? ".md" : ReportFile.Extension(format)));
        if (format == ReportFormat.Md)
        {
            await using var zip = File.Create(target);
            MarkdownBundle.Write(main, zip);
            return target;
        }

        return main;
    }
}
