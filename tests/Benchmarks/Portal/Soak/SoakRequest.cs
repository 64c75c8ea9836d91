namespace VolunteerDW.Benchmarks.Portal.Soak;

/// <summary>What went wrong with a request, if anything.</summary>
internal enum SoakError
{
    None,

    /// <summary>The connection was refused or cut, on a node between its kill and its being ready again.</summary>
    RefusedDuringKill,

    /// <summary>The connection was refused or cut on a node that had not been killed.</summary>
    Connection,

    /// <summary>Answered 5xx.</summary>
    ServerError,

    /// <summary>Answered 401, or sent to the sign-in page: the session cookie was not taken.</summary>
    SessionLost,

    /// <summary>No answer within the browser's timeout.</summary>
    Timeout,

    /// <summary>An upload answered 200 whose result is not "loaded" or "already loaded".</summary>
    NotAccepted,

    /// <summary>Any other answer than 200 (400, 403, 429, a redirect elsewhere).</summary>
    OtherStatus,
}

/// <summary>
/// One request a simulated person made: what (a page's path, or <see cref="Upload"/>), to which node,
/// when (seconds into the soak), how long to its whole answer, what went wrong, its status (0: none),
/// and whether it was a retry of one that failed.
/// </summary>
internal sealed record SoakRequest(string What, string Node, double At, double Milliseconds, SoakError Error, int Status, bool Retry)
{
    public const string Upload = "upload";

    public bool IsUpload => What == Upload;
}

/// <summary>
/// One return a person sent, however many requests it took: the file, whether an answer said it was
/// taken (loaded now, or found already loaded), the last outcome named, and the attempts.
/// </summary>
internal sealed record SoakUpload(ReturnFile File, bool Answered, string Outcome, int Attempts);
