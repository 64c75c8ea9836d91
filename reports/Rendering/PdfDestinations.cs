namespace VolunteerDW.Reports.Rendering;

/// <summary>
/// The page each named destination of a PDF points at. Chromium writes a named destination for
/// every element an in-page link points at, named by the link's fragment as a URL carries it
/// (percent-encoded), in the catalog's <c>/Dests</c> dictionary:
/// <c>/Dests &lt;&lt; /%D0%B1... [12 0 R /XYZ 6 777 0] &gt;&gt;</c>, whose first element is the page
/// object. A page's number is its place among the leaves of the page tree, <c>/Pages</c>, read
/// depth first (Chromium nests the tree, eight kids a node, once there are more than eight pages).
/// </summary>
internal static class PdfDestinations
{
    /// <summary>
    /// Each destination's name with the page it is on, counted from 1; none when the file has no
    /// named destinations. An <see cref="InvalidDataException"/> when the file is not one this
    /// reader can follow, saying why.
    /// </summary>
    public static IReadOnlyDictionary<string, int> Read(byte[] pdf)
    {
        var objects = PdfObjects.Read(pdf);
        var catalog = Dictionary(objects, objects.Get(objects.Trailer, "Root"), "The catalog (/Root)");
        if (objects.Get(catalog, "Dests") is not { } dests)
        {
            // PDF 1.2 also allows a name tree (/Names /Dests); Chromium does not write one.
            return objects.Get(catalog, "Names") is Dictionary<string, object?> names && names.ContainsKey("Dests")
                ? throw new InvalidDataException("The PDF keeps its named destinations in a name tree (/Names /Dests), which this reader does not follow.")
                : new Dictionary<string, int>(StringComparer.Ordinal);
        }

        var pages = PageNumbers(objects, catalog);
        var found = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (name, value) in Dictionary(objects, dests, "/Dests"))
        {
            // A destination is an array [page /XYZ left top zoom], or a dictionary holding one as /D.
            var destination = objects.Resolve(value);
            if (destination is Dictionary<string, object?> action)
            {
                destination = objects.Get(action, "D");
            }

            if (destination is List<object?> { Count: > 0 } array && array[0] is PdfReference page && pages.TryGetValue(page, out var number))
            {
                found[name] = number;
            }
        }

        return found;
    }

    /// <summary>Each page object's number: its place among the leaves of the page tree, read depth first.</summary>
    private static Dictionary<PdfReference, int> PageNumbers(PdfObjects objects, Dictionary<string, object?> catalog)
    {
        var numbers = new Dictionary<PdfReference, int>();
        var visited = new HashSet<PdfReference>();
        var pending = new Stack<PdfReference>();
        pending.Push(catalog.GetValueOrDefault("Pages") as PdfReference? ?? throw new InvalidDataException("The catalog has no /Pages."));
        while (pending.TryPop(out var node))
        {
            if (!visited.Add(node))
            {
                throw new InvalidDataException("The PDF's page tree lists a node twice.");
            }

            var dictionary = Dictionary(objects, objects.Resolve(node), "A page tree node");
            switch ((dictionary.GetValueOrDefault("Type") as PdfName)?.Value)
            {
                case "Pages":
                    var kids = objects.Get(dictionary, "Kids") as List<object?> ?? throw new InvalidDataException("A /Pages node has no /Kids.");
                    // Pushed last to first, so that the first kid is read first.
                    foreach (var kid in Enumerable.Reverse(kids))
                    {
                        pending.Push(kid as PdfReference? ?? throw new InvalidDataException("A /Kids entry is not a reference."));
                    }

                    break;
                case "Page":
                    numbers[node] = numbers.Count + 1;
                    break;
                default:
                    throw new InvalidDataException("A page tree node is neither /Pages nor /Page.");
            }
        }

        return numbers;
    }

    private static Dictionary<string, object?> Dictionary(PdfObjects objects, object? value, string what) =>
        objects.Resolve(value) as Dictionary<string, object?> ?? throw new InvalidDataException($"{what} is not a dictionary.");
}
