using VolunteerDW.Etl.Intake;
using VolunteerDW.Etl.Problems;
using VolunteerDW.Etl.Reading;
using VolunteerDW.Tests.Support;
using static VolunteerDW.Tests.Support.CompoundFileBuilder;

namespace VolunteerDW.Tests.Workbooks;

/// <summary>The compound file's directory, read from real files and from damaged ones: names, or null, never an exception or a hang.</summary>
public sealed class CompoundFileTests
{
    [Theory]
    [InlineData("101000000_2026Q2.xls", "Workbook")]
    [InlineData("101000000_2026Q2.encrypted.xlsx", "EncryptedPackage,EncryptionInfo")]
    [InlineData("covering-letter.doc", "1Table,WordDocument")]
    public void The_root_storage_of_a_real_file_is_named(string fixture, string streams)
    {
        var names = CompoundFile.RootNames(Fixtures.Bytes(fixture));

        Assert.NotNull(names);
        Assert.Equal(streams.Split(','), names.Where(n => !n.StartsWith('\u0001') && !n.StartsWith('\u0005')).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_real_file_cut_short_before_its_directory_has_no_names()
    {
        var xls = Fixtures.Bytes("101000000_2026Q2.xls");
        var directory = BitConverter.ToUInt32(xls, 48);

        Assert.Null(CompoundFile.RootNames(xls[..(int)((directory + 1) * Sector)]));
        Assert.Null(CompoundFile.RootNames(xls[..300]));
    }

    [Fact]
    public void A_real_file_whose_directory_chain_loops_back_on_itself_has_no_names()
    {
        var xls = Fixtures.Bytes("101000000_2026Q2.xls");
        var directory = BitConverter.ToUInt32(xls, 48);
        var fat = (int)((BitConverter.ToUInt32(xls, 76) + 1) * Sector);
        Put32(xls, fat + (int)(4 * directory), directory);

        Assert.Null(CompoundFile.RootNames(xls));
    }

    public static TheoryData<string, Action<byte[]>> Damage() => new()
    {
        { "a sibling that is itself", file => Put32(file, EntryAt(1) + 72, 1) },
        { "siblings that point at each other", file => Put32(file, EntryAt(2) + 72, 1) },
        { "a child past the directory's end", file => Put32(file, EntryAt(0) + 76, 50) },
        { "a directory past the file's end", file => Put32(file, 48, 7) },
        { "a FAT sector past the file's end", file => Put32(file, 76, 9) },
        { "more FAT sectors than the file has", file => Put32(file, 44, 3) },
        { "a name longer than an entry holds", file => Put32(file, EntryAt(1) + 64, 200) },
        { "an unknown sector size", file => file[30] = 10 },
        { "a root that is no root", file => file[EntryAt(0) + 66] = 1 },
    };

    [Theory]
    [MemberData(nameof(Damage))]
    public void A_damaged_compound_file_has_no_names(string what, Action<byte[]> damage)
    {
        var file = CompoundFileBuilder.With("Workbook", "Other");
        Assert.Equal(["Workbook", "Other"], CompoundFile.RootNames(file));

        damage(file);

        Assert.True(CompoundFile.RootNames(file) is null, what);
    }

    [Fact]
    public void FAT_sectors_past_the_headers_109_are_found_through_the_DIFAT_chain_which_may_not_lead_out_of_the_file()
    {
        var file = CompoundFileBuilder.With("Workbook");
        Array.Resize(ref file, 120 * Sector);
        Put32(file, 44, 110);
        for (var i = 1; i < 109; i++)
        {
            Put32(file, 76 + (4 * i), 0);
        }

        // Sector 2 lists sector 0 (all zeros) and names itself as the next DIFAT sector: a loop that
        // the count of FAT sectors ends.
        Put32(file, 68, 2);
        Put32(file, (4 * Sector) - 4, 2); // the last word of sector 2, which starts after the header and sectors 0 and 1
        Assert.Equal(["Workbook"], CompoundFile.RootNames(file));

        Put32(file, 68, 500);
        Assert.Null(CompoundFile.RootNames(file));
    }

    [Theory]
    [InlineData("Book", ProblemKind.OldExcelFormat)]
    [InlineData("WORKBOOK", ProblemKind.OldExcelFormat)]
    [InlineData("EncryptionInfo,EncryptedPackage", ProblemKind.Encrypted)]
    [InlineData("EncryptionInfo", ProblemKind.NotAWorkbook)]
    [InlineData("PowerPoint Document", ProblemKind.NotAWorkbook)]
    public void The_reader_names_the_problem_by_what_the_root_holds(string streams, ProblemKind kind)
    {
        var rejected = Assert.Throws<SubmissionRejectedException>(() => XlsxReader.Read(CompoundFileBuilder.With(streams.Split(',')), new ArchiveLimits()));

        Assert.Equal(kind, Assert.Single(rejected.Problems).Kind);
    }
}
