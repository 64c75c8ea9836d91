using System.Data.Common;
using System.Globalization;
using VolunteerDW.Warehouse.Connections;

namespace VolunteerDW.Warehouse.Checks;

/// <summary>Runs data tests against the warehouse, one query each.</summary>
public sealed class DataTestRunner(WarehouseConnectionFactory connections)
{
    /// <summary>How many violating rows a result keeps as examples.</summary>
    public const int ExampleCount = 3;

    /// <summary>
    /// Runs the given tests, in order; by default every test of the warehouse, its keys' tests
    /// derived from its catalogue (<see cref="DataTestCatalog.ForAsync"/>).
    /// </summary>
    public async Task<IReadOnlyList<DataTestResult>> RunAsync(IEnumerable<DataTest>? tests = null, CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken: cancellationToken);
        tests ??= await DataTestCatalog.ForAsync(connection, connections.Settings.Engine, cancellationToken);
        var results = new List<DataTestResult>();
        foreach (var test in tests)
        {
            results.Add(await RunAsync(connection, test, cancellationToken));
        }

        return results;
    }

    private static async Task<DataTestResult> RunAsync(DbConnection connection, DataTest test, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = test.Sql;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var failures = 0L;
        var examples = new List<string>();
        while (await reader.ReadAsync(cancellationToken))
        {
            if (failures++ < ExampleCount)
            {
                examples.Add(string.Join(" | ", Enumerable.Range(0, reader.FieldCount).Select(i =>
                    $"{reader.GetName(i)}={(reader.IsDBNull(i) ? "NULL" : Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture))}")));
            }
        }

        return new DataTestResult(test, failures, examples);
    }
}
