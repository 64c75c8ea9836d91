using System.Data.Common;
using Dapper;
using VolunteerDW.Etl.Format;
using VolunteerDW.Warehouse.Dimensions;
using VolunteerDW.Warehouse.Periods;

namespace VolunteerDW.Etl.History;

/// <summary>
/// One accepted version of a unit's quarterly return read back from the warehouse as the
/// <see cref="Submission"/> it was loaded from: the header the warehouse keeps (the unit's name is
/// not kept) and every row of every data sheet, with the row it stood in.
/// </summary>
public static class StoredReturn
{
    /// <summary>The version, or null when the unit has no such version for the quarter.</summary>
    public static async Task<Submission?> ReadAsync(DbConnection connection, string unitKato, Quarter quarter, int version,
        CancellationToken cancellationToken = default)
    {
        var header = await connection.QuerySingleOrDefaultAsync<HeaderRow>(new CommandDefinition(HistorySql.Header,
            new { unit = unitKato, quarter = quarter.Key, version }, cancellationToken: cancellationToken));
        if (header is null)
        {
            return null;
        }

        var key = new { submission = header.SubmissionKey };
        var subjects = await connection.QueryAsync<CountRow>(new CommandDefinition(HistorySql.Subjects, key, cancellationToken: cancellationToken));
        var programmes = await connection.QueryAsync<ProgrammeRow>(new CommandDefinition(HistorySql.Programmes, key, cancellationToken: cancellationToken));
        var practices = await connection.QueryAsync<PracticeRow>(new CommandDefinition(HistorySql.Practices, key, cancellationToken: cancellationToken));
        var consolidated = await connection.QueryAsync<CountRow>(new CommandDefinition(HistorySql.Consolidated, key, cancellationToken: cancellationToken));
        return new Submission(
            new SubmissionHeader(header.Format, header.UnitKato, quarter, DateKeys.ToDate(header.SubmittedOnKey),
                header.PreparedBy, header.Position, header.Phone, header.Email),
            [.. subjects.Select(r => r.ToCount())],
            [.. programmes.Select(r => r.ToProgramme())],
            [.. practices.Select(r => r.ToPractice())],
            [.. consolidated.Select(r => r.ToCount())]);
    }

    private sealed record HeaderRow
    {
        public int SubmissionKey { get; init; }

        public string Format { get; init; } = string.Empty;

        public string UnitKato { get; init; } = string.Empty;

        public int SubmittedOnKey { get; init; }

        public string? PreparedBy { get; init; }

        public string? Position { get; init; }

        public string? Phone { get; init; }

        public string? Email { get; init; }
    }

    private sealed record CountRow
    {
        public int SourceRow { get; init; }

        public string SubjectType { get; init; } = string.Empty;

        public string ActivityType { get; init; } = string.Empty;

        public long? Subjects { get; init; }

        public long? People { get; init; }

        public long? NewSubjects { get; init; }

        public SubjectCount ToCount() => new(SourceRow, SubjectType, ActivityType, Subjects, People, NewSubjects);
    }

    private sealed record ProgrammeRow
    {
        public int SourceRow { get; init; }

        public string Kind { get; init; } = string.Empty;

        public string Title { get; init; } = string.Empty;

        public string ActivityType { get; init; } = string.Empty;

        public int StartDateKey { get; init; }

        public int? EndDateKey { get; init; }

        public string? StatePartner { get; init; }

        public long? Volunteers { get; init; }

        public long? Beneficiaries { get; init; }

        public long? VolunteerHours { get; init; }

        public long? FundingKzt { get; init; }

        public Programme ToProgramme() => new(SourceRow, Kind, Title, ActivityType, DateKeys.ToDate(StartDateKey),
            EndDateKey is { } end ? DateKeys.ToDate(end) : null, StatePartner, Volunteers, Beneficiaries, VolunteerHours, FundingKzt);
    }

    private sealed record PracticeRow
    {
        public int SourceRow { get; init; }

        public string Kind { get; init; } = string.Empty;

        public string? ProposalArea { get; init; }

        public string? ActivityType { get; init; }

        public string Title { get; init; } = string.Empty;

        public string Text { get; init; } = string.Empty;

        public Practice ToPractice() => new(SourceRow, Kind, ProposalArea, ActivityType, Title, Text);
    }
}
