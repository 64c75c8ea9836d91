namespace VolunteerDW.Warehouse.Connections;

/// <summary>Another process holds a lock the work needs (a load, the service) for longer than the caller would wait.</summary>
public sealed class WarehouseBusyException(string message) : Exception(message);
