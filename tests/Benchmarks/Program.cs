using System.Globalization;
using VolunteerDW.Benchmarks;
using VolunteerDW.Benchmarks.Micro;
using VolunteerDW.Benchmarks.Portal;
using VolunteerDW.Warehouse.Periods;

// measure floor|load <samples> <database>: one run, in this process, printing a RESULT line.
// load-quarter <samples> <template db> <runs> <readme> <record>: one national quarter against its floor.
// backfill <samples> <template db> <runs> <keep db> <readme> <record>: ten years against their floor; the last load is kept.
// oversized <template db> <folder> <runs> <readme>: the largest return the limits allow, against its floor.
// scaling <template db> <runs> <readme> <quarters>=<samples folder | record>...: load time by size.
// report <loaded db> <half> <runs> <readme>: the semi-annual report per language and format against its queries.
// micro <samples> <template db> <loaded db> <half> <readme>: BenchmarkDotNet micro-benchmarks.
// before-after <earlier benchmarks dll> <its template db> <template db> <earlier name> <this name> <readme> <label@runs=samples>...:
//   the same loads by an earlier build and by this one.
// portal-upload <vdw dll> <samples of a quarter> <template db> <workbooks> <work folder> <readme>: upload to result through `vdw serve` against the loader in process.
// portal-load <vdw dll> <samples of a quarter> <template db> <runs> <people> <requests each> <work folder> <readme>: pages at many signed-in people at once against a static file.
// portal-memory <vdw dll> <template db> <oversized folder> <uploads> <work folder> <readme>: the server's peak memory with that many of the largest return at once.
// cluster-soak <vdw dll> <samples of a quarter> <template db> <users> <minutes> <kill every minutes> <work folder> <readme>: two nodes on one
//   warehouse under district officers for that long, one killed with SIGKILL at each interval, in turn; the warehouse checked after.
// section <readme> <name> <file>: the table another build wrote into <file> (one section of its own), as section <name> of the README.
// A record is a file of the load's runs, for scaling to reuse.
switch (args)
{
    case ["measure", "floor", var samples, var database]:
        Console.WriteLine(FloorLoad.Run(samples, database).ToLine());
        return 0;
    case ["measure", "load", var samples, var database]:
        Console.WriteLine((await ProductLoad.RunAsync(samples, database)).ToLine());
        return 0;
    case ["load-quarter", var samples, var template, var runs, var readme, var record]:
        await CompareAsync("load-quarter", "One national quarter of sample returns", samples, template, runs, readme,
            new LoadTargets(FloorRatio: Target.FloorRatio(2), PeakRss: LoadTargets.Memory), record);
        return 0;
    case ["backfill", var samples, var template, var runs, var keep, var readme, var record]:
        await CompareAsync("backfill", "Ten-year backfill, 2017Q1–2026Q4", samples, template, runs, readme,
            new LoadTargets(Time: Target.Seconds(60), PeakRss: LoadTargets.Memory), record, keep);
        return 0;
    case ["oversized", var template, var folder, var runs, var readme]:
        var written = await OversizedReturn.WriteAsync(template, folder);
        Console.WriteLine(written);
        await CompareAsync("oversized", $"One oversized district return ({written})", folder, template, runs, readme,
            new LoadTargets(PeakRss: LoadTargets.Memory));
        return 0;
    case ["scaling", var template, var runs, var readme, .. var sizes]:
        Harness.WriteSection(readme, "scaling", await Scaling.RunAsync(template, Count(runs), sizes));
        return 0;
    case ["report", var database, var half, var runs, var readme]:
        Harness.Checkpoint(database);
        Harness.WriteSection(readme, "report", await ReportTiming.RunAsync(database, HalfYear.Parse(half), Count(runs)));
        return 0;
    case ["micro", var samples, var template, var database, var half, var readme]:
        Harness.WriteSection(readme, "micro", MicroBenchmarks.Run(samples, template, database, half));
        return 0;
    case ["before-after", var earlier, var earlierTemplate, var template, var earlierName, var name, var readme, .. var loads]:
        Harness.WriteSection(readme, "before-after",
            await BeforeAfter.RunAsync(earlier, earlierTemplate, template, earlierName, name, [.. loads.Select(BeforeAfter.Load.Parse)]));
        return 0;
    case ["portal-upload", var vdw, var samples, var template, var workbooks, var work, var readme]:
        Harness.WriteSection(readme, "portal-upload", await PortalUpload.RunAsync(vdw, samples, template, Count(workbooks), work));
        return 0;
    case ["portal-load", var vdw, var samples, var template, var runs, var people, var requests, var work, var readme]:
        Harness.WriteSection(readme, "portal-load", await PortalLoad.RunAsync(vdw, samples, template, Count(runs), Count(people), Count(requests), work));
        return 0;
    case ["portal-memory", var vdw, var template, var folder, var uploads, var work, var readme]:
        if (!Directory.Exists(folder))
        {
            Console.WriteLine(await OversizedReturn.WriteAsync(template, folder));
        }

        Harness.WriteSection(readme, "portal-memory", await PortalMemory.RunAsync(vdw, template, folder, Count(uploads), work));
        return 0;
    case ["cluster-soak", var vdw, var samples, var template, var users, var minutes, var every, var work, var readme]:
        Harness.WriteSection(readme, "cluster-soak", await ClusterSoak.RunAsync(vdw, samples, template, Count(users), Minutes(minutes), Minutes(every), work));
        return 0;
    case ["section", var readme, var name, var file]:
        Harness.WriteSection(readme, name, Harness.SectionContent(File.ReadAllText(file)));
        return 0;
    default:
        Console.Error.WriteLine("usage: see the comment at the top of tests/Benchmarks/Program.cs, or scripts/bench.sh");
        return 2;
}

static int Count(string runs) => int.Parse(runs, CultureInfo.InvariantCulture);

// Minutes may be fractional, for a short trial.
static double Minutes(string minutes) => double.Parse(minutes, CultureInfo.InvariantCulture);

// A load against its floor, alternating, written to its README section; the load's runs kept in a record when asked.
static async Task CompareAsync(string section, string title, string samples, string template, string runs, string readme, LoadTargets targets,
    string? record = null, string? keep = null)
{
    var (floor, load) = await Harness.CompareAsync(samples, template, Count(runs), keep);
    Harness.WriteSection(readme, section, ComparisonTable.Write(title, floor, load, targets));
    if (record is not null)
    {
        Measurement.Save(record, load);
    }
}
