using System.Globalization;
using VolunteerDW.Benchmarks;

// measure <scenario> <samples> <database>: one run, in this process, printing a RESULT line.
// load-quarter <samples> <migrated template db> <runs> <readme>: the comparison, written to the README.
// backfill <samples> <template db> <db> <readme>: one load of many quarters, kept in <db>.
// report <loaded db> <half> <runs> <readme>: the semi-annual report per language and format against its queries.
switch (args)
{
    case ["measure", "floor", var samples, var database]:
        Console.WriteLine(FloorLoad.Run(samples, database).ToLine());
        return 0;
    case ["measure", "load", var samples, var database]:
        Console.WriteLine((await ProductLoad.RunAsync(samples, database)).ToLine());
        return 0;
    case ["load-quarter", var samples, var template, var runs, var readme]:
        var count = int.Parse(runs, CultureInfo.InvariantCulture);
        Harness.Checkpoint(template);
        var floor = new List<Measurement>();
        var load = new List<Measurement>();
        for (var i = 0; i < count; i++)
        {
            floor.AddRange(await Harness.MeasureAsync("floor", samples, template, 1));
            load.AddRange(await Harness.MeasureAsync("load", samples, template, 1));
            Console.WriteLine($"run {i + 1}/{count}: floor {floor[^1].Seconds:F2} s, load {load[^1].Seconds:F2} s");
        }

        var table = Harness.Table("One national quarter of sample returns", floor, load);
        Console.WriteLine(table);
        Harness.WriteSection(readme, "load-quarter", table);
        return 0;
    case ["backfill", var samples, var template, var database, var readme]:
        Harness.Checkpoint(template);
        var backfill = await Harness.BackfillAsync(samples, template, database);
        Console.WriteLine(backfill);
        Harness.WriteSection(readme, "backfill", backfill);
        return 0;
    case ["report", var database, var half, var runs, var readme]:
        Harness.Checkpoint(database);
        var report = await ReportTiming.RunAsync(database, VolunteerDW.Warehouse.Periods.HalfYear.Parse(half), int.Parse(runs, CultureInfo.InvariantCulture));
        Console.WriteLine(report);
        Harness.WriteSection(readme, "report", report);
        return 0;
    default:
        Console.Error.WriteLine("usage: measure floor|load <samples> <db> | load-quarter <samples> <template db> <runs> <readme> | report <db> <half> <runs> <readme>");
        return 2;
}
