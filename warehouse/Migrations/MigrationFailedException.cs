namespace VolunteerDW.Warehouse.Migrations;

/// <summary>A migration script failed; the database stays at the last script that succeeded.</summary>
public sealed class MigrationFailedException : Exception
{
    public MigrationFailedException(string scriptName, IReadOnlyList<string> applied, Exception innerException)
        : base($"Migration '{scriptName}' failed and was rolled back: {innerException?.Message}", innerException)
    {
        ScriptName = scriptName;
        Applied = applied;
    }

    /// <summary>The script that failed.</summary>
    public string ScriptName { get; }

    /// <summary>The scripts applied in this run before the failure; they stay applied.</summary>
    public IReadOnlyList<string> Applied { get; }
}
