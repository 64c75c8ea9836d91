namespace VolunteerDW.Host.Cli;

/// <summary>A one-line progress bar on an interactive terminal; nothing when output is redirected.</summary>
internal sealed class ProgressBar : IProgress<(int Done, int Total)>, IDisposable
{
    private const int Width = 30;
    private readonly TextWriter _terminal;
    private int _lastShown = -1;

    internal ProgressBar(TextWriter terminal) => _terminal = terminal;

    /// <summary>A bar on the console's error stream, or null when that is not a terminal.</summary>
    public static ProgressBar? ForConsole(TextWriter error) =>
        ReferenceEquals(error, Console.Error) && !Console.IsErrorRedirected ? new ProgressBar(error) : null;

    public void Report((int Done, int Total) value)
    {
        if (value.Total < 2 || value.Done == _lastShown)
        {
            return;
        }

        _lastShown = value.Done;
        var filled = Width * value.Done / value.Total;
        _terminal.Write($"\r[{new string('#', filled)}{new string('.', Width - filled)}] {value.Done}/{value.Total} files");
    }

    public void Dispose()
    {
        if (_lastShown >= 0)
        {
            _terminal.Write($"\r{new string(' ', Width + 30)}\r");
            _lastShown = -1;
        }
    }
}
