using System.Data.Common;
using VolunteerDW.Etl.Conforming;
using VolunteerDW.Etl.Format;
using VolunteerDW.Etl.Staging;

namespace VolunteerDW.Etl.Loading;

/// <summary>
/// A submission's rows into the facts, inside the caller's transaction: staged in submitted codes
/// (<see cref="Stager"/>), conformed to dimension keys (<see cref="Conformer"/>), and the staging
/// rows cleared.
/// </summary>
internal static class FactLoader
{
    public static async Task<int> LoadAsync(DbTransaction transaction, Submission submission, int submissionKey, int regionSk)
    {
        var loadId = Guid.NewGuid().ToString("D");
        Stager.Stage(transaction, submission, loadId);
        var loaded = await Conformer.ConformAsync(transaction, submission, submissionKey, regionSk, loadId);
        await Stager.ClearAsync(transaction, loadId);
        return loaded;
    }
}
