namespace VolunteerDW.Warehouse.Connections;

/// <summary>The warehouse could not be opened; the message names the engine, the target and the cause.</summary>
public sealed class WarehouseUnavailableException : Exception
{
    public WarehouseUnavailableException(WarehouseSettings settings, string reason, Exception? innerException = null)
        : base($"Cannot open the warehouse ({settings.Describe()}): {reason}", innerException)
    {
    }
}
