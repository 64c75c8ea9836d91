using Microsoft.Extensions.DependencyInjection;
using VolunteerDW.Portal.Hosting;
using VolunteerDW.Portal.Returns;
using VolunteerDW.Tests.Support;
using VolunteerDW.Warehouse.Codes;

namespace VolunteerDW.Tests.Portal;

/// <summary>Uploads take turns at the loader: no more loads at once than the setting allows, each sender answered when their own load is done.</summary>
public sealed class LoadTurnsTests
{
    private const string Semey = "101000000", Kurchatov = "101800000";

    [Fact]
    public async Task Two_uploads_sent_together_are_loaded_one_after_the_other_and_both_answered_with_their_results()
    {
        var turns = new WatchedTurns(new PortalSettings());
        await using var portal = await PortalHost.StartAsync(replace: services => services.AddSingleton<LoadTurns>(turns));
        using var semey = await portal.SignedInAsync("semey.officer", PortalRoles.DistrictOfficer, Semey);
        using var kurchatov = await portal.SignedInAsync("kurchatov.officer", PortalRoles.DistrictOfficer, Kurchatov);

        var first = PortalHost.UploadAsync(semey, Return(Semey), "semey.xlsx");
        await turns.FirstTurn.Task;
        var second = PortalHost.UploadAsync(kurchatov, Return(Kurchatov), "kurchatov.xlsx");
        await turns.SomeoneWaits.Task;

        // The first load is held in its turn; the second waits for it, and nothing is loaded yet.
        Assert.False(first.IsCompleted);
        Assert.False(second.IsCompleted);
        Assert.Equal(0, await portal.ScalarAsync("SELECT COUNT(*) FROM dim_submission"));
        turns.GoOn.SetResult();

        Assert.Contains("<strong>semey.xlsx</strong>: принят (v1)", await first, StringComparison.Ordinal);
        Assert.Contains("<strong>kurchatov.xlsx</strong>: принят (v1)", await second, StringComparison.Ordinal);
        Assert.Equal((2, 1), (turns.Taken, turns.MostAtOnce));
        Assert.Equal(2, await portal.ScalarAsync("SELECT COUNT(*) FROM dim_submission"));
    }

    [Fact]
    public async Task With_two_allowed_two_loads_run_together_and_a_third_starts_when_one_ends()
    {
        using var turns = new LoadTurns(new PortalSettings { ConcurrentLoads = 2 });
        var (holdFirst, holdSecond) = (new TaskCompletionSource<int>(), new TaskCompletionSource<int>());
        var started = new List<int>();
        var thirdStarted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        var first = turns.RunAsync(_ => { started.Add(1); return holdFirst.Task; }, CancellationToken.None);
        var second = turns.RunAsync(_ => { started.Add(2); return holdSecond.Task; }, CancellationToken.None);
        var third = turns.RunAsync(_ => { thirdStarted.SetResult(); return Task.FromResult(3); }, CancellationToken.None);

        Assert.Equal([1, 2], started);
        Assert.False(third.IsCompleted);
        holdSecond.SetResult(2);
        await thirdStarted.Task;
        Assert.Equal(3, await third);
        Assert.False(first.IsCompleted);
        holdFirst.SetResult(1);
        Assert.Equal((1, 2), (await first, await second));
    }

    [Fact]
    public async Task A_sender_who_gives_up_while_waiting_leaves_the_queue_without_taking_a_turn()
    {
        using var turns = new LoadTurns(new PortalSettings());
        var hold = new TaskCompletionSource<int>();
        using var giveUp = new CancellationTokenSource();
        var loadedAfterGivingUp = false;

        var first = turns.RunAsync(_ => hold.Task, CancellationToken.None);
        var waiting = turns.RunAsync(_ => { loadedAfterGivingUp = true; return Task.FromResult(2); }, giveUp.Token);
        await giveUp.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
        hold.SetResult(1);
        Assert.Equal(1, await first);
        // The turn it gave up is free at once: the next load runs without waiting.
        var next = turns.RunAsync(_ => Task.FromResult(3), CancellationToken.None);
        Assert.True(next.IsCompletedSuccessfully);
        Assert.False(loadedAfterGivingUp);
    }

    private static ReturnBuilder Return(string unit) => new ReturnBuilder(unit, "2026Q2").SentOn(new DateOnly(2026, 7, 1));

    /// <summary>The portal's turns, watched: the first load is held until the test lets it go on, and every load's company counted.</summary>
    private sealed class WatchedTurns(PortalSettings settings) : LoadTurns(settings)
    {
        private int _running;
        private int _mostAtOnce;
        private int _taken;

        public TaskCompletionSource FirstTurn { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource SomeoneWaits { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource GoOn { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public int MostAtOnce => Volatile.Read(ref _mostAtOnce);

        public int Taken => Volatile.Read(ref _taken);

        protected override void Waiting() => SomeoneWaits.TrySetResult();

        protected override async Task<T> TurnAsync<T>(Func<CancellationToken, Task<T>> load, CancellationToken cancellationToken)
        {
            var running = Interlocked.Increment(ref _running);
            InterlockedMax(ref _mostAtOnce, running);
            try
            {
                if (Interlocked.Increment(ref _taken) == 1)
                {
                    FirstTurn.SetResult();
                    await GoOn.Task;
                }

                return await load(cancellationToken);
            }
            finally
            {
                Interlocked.Decrement(ref _running);
            }
        }

        private static void InterlockedMax(ref int target, int value)
        {
            int seen;
            while ((seen = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, seen) != seen)
            {
            }
        }
    }
}
