using Microsoft.AspNetCore.Http;
using VolunteerDW.Warehouse;

namespace VolunteerDW.Portal.Hosting;

/// <summary>The portal's own files (its style sheet, htmx and its one script), served from inside the assembly: a ministry network may have no internet.</summary>
public static class PortalAssets
{
    private static readonly Dictionary<string, string> _types = new(StringComparer.Ordinal)
    {
        [".css"] = "text/css; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
    };

    public static IResult Serve(string name)
    {
        var type = _types.GetValueOrDefault(Path.GetExtension(name));
        var resource = $"Assets/{name}";
        return type is not null && EmbeddedFiles.List(typeof(PortalAssets).Assembly, "Assets/").Contains(resource)
            ? Results.Text(EmbeddedFiles.Read(typeof(PortalAssets).Assembly, resource), type)
            : Results.NotFound();
    }
}
