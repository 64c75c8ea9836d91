using Dapper;
using VolunteerDW.Portal.Accounts;
using VolunteerDW.Warehouse.Connections;
using VolunteerDW.Warehouse.Localization;

namespace VolunteerDW.Portal.Administration;

/// <summary>A fixed code list's labels in each language, as <c>dim_code_label</c> keeps them: the warehouse's one wording of roles and audit actions.</summary>
public static class CodeLabels
{
    /// <summary>Each code of the list with its label, in the list's order.</summary>
    public static async Task<IReadOnlyList<(string Code, Label Label)>> ReadAsync(WarehouseConnectionFactory connections, string list, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connections);
        await using var connection = await connections.OpenAsync(cancellationToken: cancellationToken);
        var rows = await connection.QueryAsync<(string Code, string Kk, string Ru, string En)>(
            new CommandDefinition(AccountSql.CodeLabels, new { list }, cancellationToken: cancellationToken));
        return [.. rows.Select(r => (r.Code, new Label(r.Kk, r.Ru, r.En)))];
    }

    /// <summary>A code's label from a list read by <see cref="ReadAsync"/>, or the code itself when the list has no such code.</summary>
    public static Label Of(this IReadOnlyList<(string Code, Label Label)> labels, string code)
    {
        ArgumentNullException.ThrowIfNull(labels);
        return labels.FirstOrDefault(l => l.Code == code).Label ?? new Label(code, code, code);
    }
}
