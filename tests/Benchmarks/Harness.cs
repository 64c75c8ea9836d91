using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;

namespace VolunteerDW.Benchmarks;

/// <summary>
/// Runs each scenario several times, each in a fresh process on a fresh copy of the migrated
/// database, alternating a load with its floor so that drift in the machine hits both alike.
/// </summary>
internal static class Harness
{
    /// <summary>Folds a SQLite database's write-ahead log into its file, so that copying the file copies everything.</summary>
    public static void Checkpoint(string database)
    {
        using (var connection = new SqliteConnection($"Data Source={database}"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA wal_checkpoint(TRUNCATE)";
            command.ExecuteNonQuery();
        }

        SqliteConnection.ClearAllPools();
    }

    /// <summary>Runs a scenario several times, each in its own process on its own copy of the template.</summary>
    public static async Task<IReadOnlyList<Measurement>> MeasureAsync(string scenario, string samples, string template, int runs)
    {
        var results = new List<Measurement>();
        for (var i = 0; i < runs; i++)
        {
            results.Add(await RunOnCopyAsync(scenario, samples, template, keep: null));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"run {i + 1}/{runs}: {scenario} {results[^1].Seconds:F2} s"));
        }

        return results;
    }

    /// <summary>
    /// Runs the floor and the load in turn, <paramref name="runs"/> times each; the last load's
    /// database is kept at <paramref name="keep"/> when given, for the benchmarks that read it.
    /// </summary>
    public static async Task<(IReadOnlyList<Measurement> Floor, IReadOnlyList<Measurement> Load)> CompareAsync(string samples, string template, int runs, string? keep = null)
    {
        Checkpoint(template);
        var floor = new List<Measurement>();
        var load = new List<Measurement>();
        for (var i = 0; i < runs; i++)
        {
            floor.Add(await RunOnCopyAsync("floor", samples, template, keep: null));
            load.Add(await RunOnCopyAsync("load", samples, template, i == runs - 1 ? keep : null));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"run {i + 1}/{runs}: floor {floor[^1].Seconds:F2} s, load {load[^1].Seconds:F2} s"));
        }

        return (floor, load);
    }

    /// <summary>Replaces the text between a section's markers in a README (or appends the section).</summary>
    /// <summary>What a file holding one section written by <see cref="WriteSection"/> holds between its markers.</summary>
    public static string SectionContent(string text)
    {
        var lines = text.Split('\n');
        return string.Join('\n', lines.Where(line => !line.StartsWith("<!-- bench:", StringComparison.Ordinal))).Trim();
    }

    public static void WriteSection(string readme, string section, string content)
    {
        var start = $"<!-- bench:{section}:start -->";
        var end = $"<!-- bench:{section}:end -->";
        var text = File.Exists(readme) ? File.ReadAllText(readme) : string.Empty;
        var block = $"{start}\n{content.TrimEnd()}\n{end}";
        var from = text.IndexOf(start, StringComparison.Ordinal);
        var to = text.IndexOf(end, StringComparison.Ordinal);
        text = from >= 0 && to > from ? text[..from] + block + text[(to + end.Length)..] : $"{text.TrimEnd()}\n\n{block}\n";
        File.WriteAllText(readme, text);
        Console.WriteLine(content);
    }

    /// <summary>
    /// One run in its own process on its own copy of the template, by this benchmark build or by
    /// another one's (<paramref name="benchmarks"/>: a build of an earlier commit, for before and after).
    /// </summary>
    public static async Task<Measurement> RunOnCopyAsync(string scenario, string samples, string template, string? keep, string? benchmarks = null)
    {
        var database = Path.Combine(Path.GetTempPath(), $"vdw-bench-{Guid.NewGuid():N}.db");
        File.Copy(template, database);
        try
        {
            var result = await RunChildAsync(benchmarks ?? typeof(Harness).Assembly.Location, scenario, samples, database);
            if (keep is not null)
            {
                Checkpoint(database);
                File.Move(database, keep, overwrite: true);
            }

            return result;
        }
        finally
        {
            // The load's lock file too (WarehouseLock keeps it beside the database).
            foreach (var file in new[] { database, $"{database}-wal", $"{database}-shm", $"{database}.load.lock" }.Where(File.Exists))
            {
                File.Delete(file);
            }
        }
    }

    private static async Task<Measurement> RunChildAsync(string benchmarks, string scenario, string samples, string database)
    {
        var start = new ProcessStartInfo("dotnet", ["exec", benchmarks, "measure", scenario, samples, database])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (await output).Split('\n').Select(Measurement.FromLine).OfType<Measurement>().SingleOrDefault()
            ?? throw new InvalidOperationException($"{scenario} failed (exit {process.ExitCode}): {await error}{await output}");
    }
}
