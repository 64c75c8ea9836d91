using System.Globalization;
using VolunteerDW.Benchmarks;

// measure <scenario> <samples> <database>: one run, in this process, printing a RESULT line.
// load-quarter <samples> <migrated template db> <runs> <readme>: the comparison, written to the README.
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
    default:
        Console.Error.WriteLine("usage: measure floor|load <samples> <db> | load-quarter <samples> <template db> <runs> <readme>");
        return 2;
}
