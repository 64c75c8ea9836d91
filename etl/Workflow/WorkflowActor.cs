namespace VolunteerDW.Etl.Workflow;

/// <summary>Who makes a move: a person signed in to the portal, with their role and, for an officer, their unit (a district or a region).</summary>
/// <param name="UserName">The account's name, kept on the move.</param>
/// <param name="Role">A code of <see cref="Warehouse.Codes.PortalRoles"/>.</param>
/// <param name="UnitKato">An officer's district, city or region; null for the ministry's roles.</param>
/// <param name="DisplayName">Their name as people are told it in notices; the account's name when not given.</param>
public sealed record WorkflowActor(string UserName, string Role, string? UnitKato, string? DisplayName = null);
