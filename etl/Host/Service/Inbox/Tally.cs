namespace VolunteerDW.Host.Service.Inbox;

/// <summary>What one scan of the inbox did with its files, as the job history sums it up.</summary>
internal sealed class Tally
{
    public int Archived { get; private set; }

    public int Loaded { get; private set; }

    public int FactRows { get; private set; }

    public int Quarantined { get; init; }

    public int Settling { get; init; }

    public int Unreadable { get; private set; }

    private int _quarantinedNow;

    /// <summary>Files of the load moved out of the inbox, or left in it for the next scan.</summary>
    public int Filed => Archived + _quarantinedNow + Unreadable;

    public void Archive(int loaded, int factRows)
    {
        Archived++;
        Loaded += loaded;
        FactRows += factRows;
    }

    public void Quarantine() => _quarantinedNow++;

    public void LeaveUnreadable() => Unreadable++;

    public string Summary()
    {
        var quarantined = Quarantined + _quarantinedNow;
        var done = Archived + quarantined == 0
            ? "nothing new"
            : $"{Archived + quarantined} file(s): {Archived} archived ({Loaded} workbook(s) loaded, {FactRows} fact rows), {quarantined} quarantined";
        if (Settling > 0)
        {
            done += $"; {Settling} file(s) still being written";
        }

        return Unreadable == 0 ? done : $"{done}; {Unreadable} unreadable file(s) left for the next scan, in case they are still being written";
    }
}
