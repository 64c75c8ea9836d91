using System.Data.Common;
using Dapper;
using VolunteerDW.Etl.Format;
using VolunteerDW.Etl.Intake;
using VolunteerDW.Etl.Problems;
using VolunteerDW.Etl.Quality;
using VolunteerDW.Etl.Workflow;
using VolunteerDW.Warehouse.Codes;
using VolunteerDW.Warehouse.Connections;
using VolunteerDW.Warehouse.Dimensions;
using VolunteerDW.Warehouse.Localization;
using VolunteerDW.Warehouse.Timeliness;

namespace VolunteerDW.Etl.Loading;

/// <summary>
/// Writes one checked submission within the caller's transaction: the same content again changes
/// nothing; a new version supersedes the current one; the rows are staged, conformed to dimension
/// keys and loaded; warnings and timeliness are brought up to date, and the region whose
/// reconciliation is now out of date is named for the caller to reconcile before it commits.
/// The caller undoes all of it if any of it fails.
/// </summary>
public sealed class SubmissionStore(WarehouseConnectionFactory connections, DimensionSnapshot dimensions, LoadOptions options)
{
    public async Task<StoreOutcome> StoreAsync(DbTransaction transaction, int run, Submission submission, UnitVersionRow unit, IncomingWorkbook file,
        SubmissionHashes hashes)
    {
        ArgumentNullException.ThrowIfNull(hashes);
        ArgumentNullException.ThrowIfNull(transaction);
        ArgumentNullException.ThrowIfNull(submission);
        ArgumentNullException.ThrowIfNull(unit);
        ArgumentNullException.ThrowIfNull(file);
        var connection = transaction.Connection!;
        var header = submission.Header;
        var existing = await connection.QuerySingleOrDefaultAsync<SubmissionVersion>(LoaderSql.FindByContent, new { hash = hashes.Content }, transaction);
        if (existing is not null)
        {
            return new StoreOutcome(true, existing.SubmissionKey, existing.Version, 0, 0, null);
        }

        if (await WorkflowSending.RefusalAsync(transaction, unit, header.Quarter) is { } refusal)
        {
            return StoreOutcome.Refused(new Problem(refusal == MoveRefusal.Locked ? ProblemKind.ReturnLocked : ProblemKind.ReturnWithMinistry,
                SubmissionLayout.Header.Name, Field: "unit_kato", Value: header.UnitKato, Expected: header.Quarter.ToString()));
        }

        var current = await connection.QuerySingleOrDefaultAsync<SubmissionVersion>(LoaderSql.FindCurrent,
            new { unit = header.UnitKato, quarter = header.Quarter.Key }, transaction);
        if (current is not null)
        {
            await connection.ExecuteAsync(LoaderSql.MarkSuperseded, new { old = current.SubmissionKey }, transaction);
        }

        var version = (current?.Version ?? 0) + 1;
        var key = await InsertSubmissionAsync(transaction, run, submission, unit, file, hashes, version);
        if (current is not null)
        {
            await connection.ExecuteAsync(LoaderSql.PointToSuccessor, new { old = current.SubmissionKey, successor = key }, transaction);
        }

        await WorkflowSending.RecordAsync(transaction, connections.Dialect, unit, header.Quarter, key, options.Sender, file.ReceivedAt);
        var rows = await FactLoader.LoadAsync(transaction, submission, key, unit.RegionSk);
        var warnings = await RecordQualityAsync(transaction, run, submission, unit, key, version);
        var quarterEnd = DateKeys.Of(header.Quarter.LastDay);
        var region = dimensions.UnitAt(unit.RegionKato!, quarterEnd);
        return new StoreOutcome(false, key, version, rows, warnings, region);
    }

    private async Task<int> InsertSubmissionAsync(DbTransaction transaction, int run, Submission submission, UnitVersionRow unit,
        IncomingWorkbook file, SubmissionHashes hashes, int version)
    {
        var header = submission.Header;
        var sql = $"{LoaderSql.InsertSubmission};\n{connections.Dialect.LastInsertedKey}";
        return await transaction.Connection!.ExecuteScalarAsync<int>(sql, new
        {
            unit = header.UnitKato,
            region_sk = unit.RegionSk,
            quarter = header.Quarter.Key,
            tier = unit.ReportingTier,
            version,
            file_name = file.FileName,
            package_name = file.Package,
            content_hash = hashes.Content,
            file_hash = hashes.File,
            format = header.Format,
            submitted_on_key = DateKeys.Of(header.SubmittedOn),
            received_at_utc = StoredTime.Of(file.ReceivedAt),
            received_date_key = DateKeys.Of(KazakhstanTime.DateOf(file.ReceivedAt)),
            loaded_at_utc = StoredTime.Now(options.Time),
            run,
            prepared_by = header.PreparedBy,
            position = header.Position,
            phone = header.Phone,
            email = header.Email,
        }, transaction);
    }

    private async Task<int> RecordQualityAsync(DbTransaction transaction, int run, Submission submission, UnitVersionRow unit, int key, int version)
    {
        var quarter = submission.Header.Quarter;
        var dates = QualityChecks.DatesOutsideQuarter(submission, key).ToList();
        await FindingWriter.ReplaceAsync(transaction, run, QualityRules.ProgrammeDatesOutsideQuarter, unit.RegionSk, quarter.Key, dates);
        var jumps = await QualityChecks.JumpsAsync(transaction, submission, key, options.JumpFactor);
        await FindingWriter.ReplaceAsync(transaction, run, QualityRules.QuarterOnQuarterJump, unit.RegionSk, quarter.Key, jumps);
        var late = 0;
        if (version == 1)
        {
            var timeliness = await TimelinessEvaluator.RefreshUnitAsync(transaction, unit, quarter, options.Time.GetUtcNow());
            if (timeliness.Status == TimelinessStatuses.Late)
            {
                late = 1;
                await FindingWriter.ReplaceAsync(transaction, run, QualityRules.LateSubmission, unit.RegionSk, quarter.Key,
                    [new Finding(QualityRules.LateSubmission, key, Expected: timeliness.DeadlineKey, Actual: timeliness.AcceptedDateKey,
                        Detail: $"{timeliness.DaysLate} day(s) late")]);
            }
        }

        return dates.Count + jumps.Count + late;
    }
}

/// <summary>
/// What storing one submission did, and the region (as at the quarter's end) whose reconciliation it
/// changed; or, with nothing stored, why the workflow refused a new version now.
/// </summary>
public sealed record StoreOutcome(bool AlreadyLoaded, int SubmissionKey, int Version, int FactRows, int Warnings, UnitVersionRow? Region)
{
    public Problem? Refusal { get; init; }

    public static StoreOutcome Refused(Problem problem) => new(false, 0, 0, 0, 0, null) { Refusal = problem };
}

/// <summary>A submission's key and version.</summary>
public sealed record SubmissionVersion
{
    public int SubmissionKey { get; init; }

    public int Version { get; init; }
}
