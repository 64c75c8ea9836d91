using VolunteerDW.Host.Cli;

namespace VolunteerDW.Tests.Cli;

public sealed class ProgressBarTests
{
    [Fact]
    public void The_bar_redraws_one_line_as_files_are_done_and_clears_it_at_the_end()
    {
        using var terminal = new StringWriter();
        using (var bar = new ProgressBar(terminal))
        {
            bar.Report((3, 10));
            bar.Report((3, 10));
            bar.Report((10, 10));
        }

        var frames = terminal.ToString().Split('\r', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("[#########.....................] 3/10 files", frames[0]);
        Assert.Equal("[##############################] 10/10 files", frames[1]);
        Assert.Equal(string.Empty, frames[2].Trim());
        Assert.Equal(3, frames.Length);
    }

    [Fact]
    public void Output_that_is_not_the_console_gets_no_bar()
    {
        using var redirected = new StringWriter();

        Assert.Null(ProgressBar.ForConsole(redirected));
    }
}
