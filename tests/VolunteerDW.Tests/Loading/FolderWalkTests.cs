using VolunteerDW.Etl.Intake;
using VolunteerDW.Tests.Support;
using VolunteerDW.Warehouse.Connections;

namespace VolunteerDW.Tests.Loading;

/// <summary>Folders are walked on real symbolic links: a link to a folder is listed, never followed.</summary>
public sealed class FolderWalkTests
{
    [Theory, SqliteEngine, SqlServerEngine]
    public async Task A_link_back_to_the_folder_itself_is_listed_once_and_not_walked(WarehouseEngine engine)
    {
        await using var warehouse = await TestWarehouse.MigratedAsync(engine);
        var folder = Directory.CreateDirectory(Path.Combine(warehouse.Folder, "returns")).FullName;
        File.WriteAllBytes(Path.Combine(Directory.CreateDirectory(Path.Combine(folder, "2026Q2")).FullName, "101000000.xlsx"), [1]);
        Directory.CreateSymbolicLink(Path.Combine(folder, "2026Q2", "loop"), folder);

        var items = FolderWalk.Of(folder);

        Assert.Equal([("2026Q2/101000000.xlsx", false), ("2026Q2/loop", true)], items.Select(i => (i.Relative, i.IsLinkedFolder)));
    }

    [Theory, SqliteEngine, SqlServerEngine]
    public async Task A_link_to_a_folder_elsewhere_is_listed_without_what_is_behind_it_and_a_link_to_a_file_is_a_file(WarehouseEngine engine)
    {
        await using var warehouse = await TestWarehouse.MigratedAsync(engine);
        var elsewhere = Directory.CreateDirectory(Path.Combine(warehouse.Folder, "elsewhere")).FullName;
        File.WriteAllBytes(Path.Combine(elsewhere, "102400000.xlsx"), [1]);
        var folder = Directory.CreateDirectory(Path.Combine(warehouse.Folder, "returns")).FullName;
        Directory.CreateSymbolicLink(Path.Combine(folder, "linked"), elsewhere);
        File.CreateSymbolicLink(Path.Combine(folder, "102400000.xlsx"), Path.Combine(elsewhere, "102400000.xlsx"));

        var items = FolderWalk.Of(folder);

        Assert.Equal([("102400000.xlsx", false), ("linked", true)], items.Select(i => (i.Relative, i.IsLinkedFolder)));
    }
}
