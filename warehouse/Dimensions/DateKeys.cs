namespace VolunteerDW.Warehouse.Dimensions;

/// <summary>Dates as the warehouse keys them: yyyymmdd integers, comparable on both engines.</summary>
public static class DateKeys
{
    public static int Of(DateOnly date) => (date.Year * 10000) + (date.Month * 100) + date.Day;

    public static DateOnly ToDate(int key) => new(key / 10000, key / 100 % 100, key % 100);
}
