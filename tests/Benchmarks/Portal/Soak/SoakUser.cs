using System.Diagnostics;
using System.Net;

namespace VolunteerDW.Benchmarks.Portal.Soak;

/// <summary>
/// A district officer using the portal through the balancer until the soak ends: signed in once, then
/// round after round their first page (what waits for them), a corrected return of their district
/// sent through the upload form, and their returns' history for the quarter (the result), with a
/// pause of 0.5–1.5 s between requests, as a person reads. A request that cannot reach its node, or
/// is answered 5xx or not at all, is made again on the other node (each attempt recorded); one sent
/// to the sign-in page signs the person in again first.
/// </summary>
internal sealed class SoakUser(string name, string unit, SoakBalancer balancer, DistrictReturns returns, int seed)
{
    /// <summary>Attempts at one step, the first included, before the person gives it up.</summary>
    private const int Attempts = 5;

    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(2);
    private static readonly string History = $"/Returns?quarter={DistrictReturns.Quarter}";

    private readonly Random _random = new(seed);
    private readonly HttpClient _browser = PortalBrowsers.Browser(Patience);
    private string _token = string.Empty;

    public List<SoakRequest> Requests { get; } = [];

    public List<SoakUpload> Uploads { get; } = [];

    /// <summary>Times the person signed in, the first included.</summary>
    public int SignIns { get; private set; }

    /// <summary>Steps that still failed after every attempt.</summary>
    public int GivenUp { get; private set; }

    /// <summary>Works until <paramref name="end"/>; a request under way when it comes is finished, so every upload has its answer.</summary>
    public async Task RunAsync(CancellationToken end)
    {
        try
        {
            await SignInAsync();
            for (var correction = 1; !end.IsCancellationRequested; correction++)
            {
                await StepAsync("/", node => GetAsync(new Uri(node.Address, "/")));
                await PauseAsync(end);
                if (end.IsCancellationRequested)
                {
                    break;
                }

                var file = returns.Write(unit, correction);
                var (answered, outcome, attempts) = await UploadAsync(file);
                Uploads.Add(new SoakUpload(file, answered, outcome, attempts));
                await PauseAsync(end);
                await StepAsync("/Returns", node => GetAsync(new Uri(node.Address, History)));
                await PauseAsync(end);
            }
        }
        finally
        {
            _browser.Dispose();
        }
    }

    private async Task<(bool Answered, string Outcome, int Attempts)> UploadAsync(ReturnFile file)
    {
        var outcome = string.Empty;
        var (error, attempts) = await StepAsync(SoakRequest.Upload, async node =>
        {
            var (_, status, page, location) = await PortalBrowsers.SendUploadAsync(_browser, new Uri(node.Address, "/Returns/Upload"), _token, file.Path);
            outcome = PortalBrowsers.Outcome(page);
            return (status, location, outcome is "loaded" or "alreadyloaded");
        });
        return (error == SoakError.None, outcome, attempts);
    }

    // One step, made again on the other node while it fails for a reason a node's death explains.
    private async Task<(SoakError Error, int Attempts)> StepAsync(string what, Func<SoakNode, Task<(HttpStatusCode Status, Uri? Location, bool Accepted)>> send)
    {
        SoakNode? avoid = null;
        var error = SoakError.None;
        for (var attempt = 1; attempt <= Attempts; attempt++)
        {
            var node = await balancer.NextAsync(avoid);
            var at = balancer.Now;
            var clock = Stopwatch.StartNew();
            int status;
            try
            {
                var answer = await send(node);
                status = (int)answer.Status;
                error = Judge(answer.Status, answer.Location, answer.Accepted);
            }
            catch (Exception exception) when (exception is HttpRequestException or IOException)
            {
                // Refused, or cut before or while the answer came (an answer's body cut short is an IOException).
                status = 0;
                error = node.BeingKilled(balancer.Now) ? SoakError.RefusedDuringKill : SoakError.Connection;
                balancer.TakeOut(node);
            }
            catch (TaskCanceledException)
            {
                status = 0;
                error = SoakError.Timeout;
            }

            Requests.Add(new SoakRequest(what, node.Name, at, clock.Elapsed.TotalMilliseconds, error, status, Retry: attempt > 1));
            switch (error)
            {
                case SoakError.SessionLost:
                    await SignInAsync();
                    break;
                case SoakError.RefusedDuringKill or SoakError.Connection or SoakError.ServerError or SoakError.Timeout:
                    avoid = node;
                    break;
                default:
                    return (error, attempt);
            }
        }

        GivenUp++;
        return (error, Attempts);
    }

    private async Task<(HttpStatusCode, Uri?, bool)> GetAsync(Uri page)
    {
        using var answer = await _browser.GetAsync(page, HttpCompletionOption.ResponseContentRead);
        return (answer.StatusCode, answer.Headers.Location, true);
    }

    private static SoakError Judge(HttpStatusCode status, Uri? location, bool accepted) => status switch
    {
        HttpStatusCode.OK => accepted ? SoakError.None : SoakError.NotAccepted,
        HttpStatusCode.Unauthorized => SoakError.SessionLost,
        HttpStatusCode.Redirect or HttpStatusCode.RedirectMethod or HttpStatusCode.TemporaryRedirect
            when location?.OriginalString.Contains("/SignIn", StringComparison.OrdinalIgnoreCase) == true => SoakError.SessionLost,
        >= HttpStatusCode.InternalServerError => SoakError.ServerError,
        _ => SoakError.OtherStatus,
    };

    // Signs in through whichever node the balancer gives, and takes the upload form's token from whichever node comes next.
    private async Task SignInAsync()
    {
        for (var attempt = 1; attempt <= Attempts * 4; attempt++)
        {
            var node = await balancer.NextAsync();
            try
            {
                if (await PortalBrowsers.SignInAsync(_browser, node.Address, name))
                {
                    SignIns++;
                    node = await balancer.NextAsync();
                    _token = await PortalBrowsers.FormTokenAsync(_browser, new Uri(node.Address, "/Returns/Upload"));
                    return;
                }
            }
            catch (HttpRequestException exception) when (exception.StatusCode is null)
            {
                balancer.TakeOut(node);
            }
            catch (HttpRequestException)
            {
                // Answered, but not 200: tried again.
            }

            await Task.Delay(TimeSpan.FromMilliseconds(500));
        }

        throw new InvalidOperationException($"{name} could not sign in after {Attempts * 4} attempts.");
    }

    private async Task PauseAsync(CancellationToken end)
    {
        try
        {
            await Task.Delay(TimeSpan.FromMilliseconds(_random.Next(500, 1500)), end);
        }
        catch (OperationCanceledException)
        {
            // The soak is over; the round ends here.
        }
    }
}
