namespace VolunteerDW.Warehouse.Codes;

/// <summary>
/// The code lists the warehouse fixes itself — unlike subject and activity types, which are rows of
/// their dimensions. Each list's codes are constants of its class here; everything else that names
/// them — the <c>dim_code_label</c> seeds (migration 0009), the CHECK constraints of the facts, the
/// submission template's drop-downs, the reports' wording — is held to these lists by the tests.
/// </summary>
public static class FixedCodeLists
{
    /// <summary>Every list by its name, each in the order <c>dim_code_label</c> sorts it.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> All { get; } = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal)
    {
        [ProgrammeKinds.List] = ProgrammeKinds.All,
        [PracticeKinds.List] = PracticeKinds.All,
        [ProposalAreas.List] = ProposalAreas.All,
        [TimelinessStatuses.List] = TimelinessStatuses.All,
        [Measures.List] = Measures.All,
        [Severities.List] = Severities.All,
        [UnitKinds.List] = UnitKinds.All,
        [WageMeasures.List] = WageMeasures.All,
        [PortalRoles.List] = PortalRoles.All,
        [AuditActions.List] = AuditActions.All,
        [WorkflowStates.List] = WorkflowStates.All,
        [WorkflowMoves.List] = WorkflowMoves.All,
    };
}
