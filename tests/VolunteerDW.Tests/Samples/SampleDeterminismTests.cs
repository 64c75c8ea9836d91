using VolunteerDW.Tests.Support;

namespace VolunteerDW.Tests.Samples;

/// <summary>
/// The same seed gives the same files, byte for byte, and the same received times, whatever range a
/// quarter is generated in.
/// </summary>
[Collection(SharedSampleRun.Name)]
public sealed class SampleDeterminismTests(SampleRun run)
{
    [Fact]
    public async Task The_command_with_the_same_seed_writes_the_same_bytes_and_received_times_as_the_run_before()
    {
        var again = Path.Combine(run.Warehouse.Folder, "again");
        var alone = Path.Combine(run.Warehouse.Folder, "alone");

        var cli = await CliRun.ExecuteAsync("sample", "--from", "2025Q3", "--to", "2025Q3", "--out", again,
            "--connection", run.Warehouse.Settings.ConnectionString);
        run.Generate(alone, SampleRun.Second, SampleRun.Second, SampleRun.Seed);

        Assert.Equal(0, cli.ExitCode);
        Assert.Matches(@"Wrote 20 packages and \d corrections \(2\d\d returns, [\d,]+ rows, [\d.]+ MB\) for 1 quarter\(s\), 2025Q3–2025Q3, seed 20170324, in [\d.]+ s\.", cli.Output);
        Assert.Contains(Path.GetFullPath(again), cli.Output, StringComparison.Ordinal);
        AssertSameFiles(again, alone);
        // Generated alone or after 2025Q2, the quarter's own files are the same.
        AssertSameFiles(Path.Combine(again, "2025Q3"), Path.Combine(run.Output, "2025Q3"));
    }

    [Fact]
    public void Another_seed_gives_other_files()
    {
        var other = Path.Combine(run.Warehouse.Folder, "other-seed");

        run.Generate(other, SampleRun.Second, SampleRun.Second, SampleRun.Seed + 1);

        var ours = Path.Combine(run.Output, "2025Q3");
        var theirs = Path.Combine(other, "2025Q3");
        var zips = Directory.GetFiles(ours, "*.zip").Select(Path.GetFileName).ToList();
        Assert.Equal(zips, Directory.GetFiles(theirs, "*.zip").Select(Path.GetFileName));
        Assert.All(zips, zip => Assert.NotEqual(File.ReadAllBytes(Path.Combine(ours, zip!)), File.ReadAllBytes(Path.Combine(theirs, zip!))));
    }

    private static void AssertSameFiles(string expected, string actual)
    {
        var files = Relative(expected);
        Assert.Equal(files, Relative(actual));
        foreach (var file in files)
        {
            Assert.True(File.ReadAllBytes(Path.Combine(expected, file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(actual, file))), file);
            if (Path.GetExtension(file) is ".zip" or ".xlsx")
            {
                Assert.Equal(File.GetLastWriteTimeUtc(Path.Combine(expected, file)), File.GetLastWriteTimeUtc(Path.Combine(actual, file)));
            }
        }
    }

    private static List<string> Relative(string folder) =>
        [.. Directory.GetFiles(folder, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(folder, f)).Order(StringComparer.Ordinal)];
}
