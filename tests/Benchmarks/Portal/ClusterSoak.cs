using System.Diagnostics;
using System.Globalization;
using VolunteerDW.Benchmarks.Portal.Soak;

namespace VolunteerDW.Benchmarks.Portal;

/// <summary>
/// Two <c>vdw serve</c> nodes on one warehouse for a long while, one of them killed outright now and
/// then: district officers work through a round-robin balancer (<see cref="SoakBalancer"/>) — their
/// first page, a corrected return of their district sent, their returns' history — while every
/// <c>killEvery</c> minutes a node, each in turn, is killed with SIGKILL and started again on the same
/// port and folders, and the soak goes on once its <c>/health/ready</c> says 200. The inbox job and
/// the rest of the schedule run as configured. At the end both nodes are stopped and the warehouse
/// is checked against what the people were told (<see cref="SoakCheck"/>).
/// </summary>
internal static class ClusterSoak
{
    public static async Task<string> RunAsync(string vdw, string samples, string template, int users, double minutes, double killEvery, string work)
    {
        var folder = Directory.CreateDirectory(Path.Combine(work, "soak")).FullName;
        var database = SqliteWarehouse.Copy(template, Path.Combine(folder, "soak.db"));
        await ProductLoad.RunAsync(samples, database);
        var returns = await DistrictReturns.DrawAsync(database, users, Path.Combine(folder, "returns"));
        var names = await PortalBrowsers.AddDistrictOfficersAsync(database, returns.Units);
        var before = await SoakCheck.BeforeAsync(database, returns.Units);

        var clock = Stopwatch.StartNew();
        List<SoakUser> people;
        List<Restart> restarts;
        double seconds;
        bool[] stopped;
        int leftWhileUp;
        await using (var cluster = await SoakCluster.StartAsync(vdw, database, folder, clock))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"nodes {string.Join(", ", cluster.Nodes.Select(n => $"{n.Name} at {n.Address}"))} ready; {users} people for {minutes} min"));
            people = [.. names.Select((name, i) => new SoakUser(name, returns.Units[i], cluster.Balancer, returns, seed: i + 1))];
            using var end = new CancellationTokenSource();
            var started = cluster.Balancer.Now;
            var working = Task.WhenAll(people.Select(p => p.RunAsync(end.Token)));
            var killing = KillAsync(cluster, started, minutes * 60, killEvery * 60);
            await UntilAsync(cluster, started + (minutes * 60));
            await end.CancelAsync();
            await working;
            seconds = cluster.Balancer.Now - started;
            restarts = await killing;
            leftWhileUp = cluster.Balancer.LeftWhileUp;
            stopped = await cluster.StopAsync();
        }

        var check = await SoakCheck.ReadAsync(database, returns.Units, [.. people.SelectMany(p => p.Uploads)], before);
        return SoakTable.Write(new SoakRun(users, minutes, killEvery, seconds, people, restarts, leftWhileUp, stopped.All(s => s), check));
    }

    // A node killed every interval, each in turn, until the soak's end, each waited for until it is ready again; kills timed from the soak's start.
    private static async Task<List<Restart>> KillAsync(SoakCluster cluster, double started, double duration, double every)
    {
        var restarts = new List<Restart>();
        for (var kill = 1; kill * every < duration; kill++)
        {
            await UntilAsync(cluster, started + (kill * every));
            var node = cluster.Nodes[(kill - 1) % cluster.Nodes.Count];
            var restart = await cluster.KillAndRestartAsync(node);
            restarts.Add(restart with { KilledAt = restart.KilledAt - started });
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"killed node {node.Name} at {restarts[^1].KilledAt:F0} s: listening after {restart.Listening:F1} s, ready after {restart.Ready:F1} s"));
        }

        return restarts;
    }

    private static async Task UntilAsync(SoakCluster cluster, double at)
    {
        var wait = at - cluster.Balancer.Now;
        if (wait > 0)
        {
            await Task.Delay(TimeSpan.FromSeconds(wait));
        }
    }
}
