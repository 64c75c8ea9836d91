namespace VolunteerDW.Warehouse.Connections;

/// <summary>The warehouse settings are missing or wrong; the message says what to change.</summary>
public sealed class WarehouseConfigurationException : Exception
{
    public WarehouseConfigurationException(string message)
        : base(message)
    {
    }

    public WarehouseConfigurationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
