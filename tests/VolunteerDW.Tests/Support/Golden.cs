namespace VolunteerDW.Tests.Support;

/// <summary>
/// Compares rendered output with a file kept beside the tests. Set <c>VDW_UPDATE_GOLDEN=1</c> to
/// rewrite the files after a deliberate change, then review the diff before committing.
/// </summary>
internal static class Golden
{
    public static void Matches(string actual, params string[] path)
    {
        var file = RepoPaths.Of(["tests", "VolunteerDW.Tests", "Reports", "Golden", .. path]);
        actual = actual.Replace("\r\n", "\n", StringComparison.Ordinal);
        if (Environment.GetEnvironmentVariable("VDW_UPDATE_GOLDEN") == "1" || !File.Exists(file))
        {
            var existed = File.Exists(file);
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            File.WriteAllText(file, actual);
            Assert.True(existed, $"{RepoPaths.Relative(file)} did not exist and was written: review it and run the tests again.");
            return;
        }

        var expected = File.ReadAllText(file).Replace("\r\n", "\n", StringComparison.Ordinal);
        var line = expected.Split('\n').Zip(actual.Split('\n')).Select((pair, i) => (pair, i)).FirstOrDefault(x => x.pair.First != x.pair.Second);
        Assert.True(expected == actual,
            $"{RepoPaths.Relative(file)} differs from the output at line {line.i + 1}:\n  expected: {line.pair.First}\n  actual:   {line.pair.Second}\n(set VDW_UPDATE_GOLDEN=1 to accept a deliberate change)");
    }
}
