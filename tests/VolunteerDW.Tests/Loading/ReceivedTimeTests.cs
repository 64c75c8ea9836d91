using VolunteerDW.Etl.Intake;

namespace VolunteerDW.Tests.Loading;

/// <summary>When a file counts as received.</summary>
public sealed class ReceivedTimeTests
{
    private static readonly DateTimeOffset Now = new(2026, 7, 8, 5, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_file_counts_as_received_when_it_was_last_written_but_never_later_than_now()
    {
        var written = Now.AddDays(-3);

        Assert.Equal(written, ReceivedTime.FileModified.Resolve(written, Now));
        Assert.Equal(Now, ReceivedTime.FileModified.Resolve(Now.AddHours(2), Now));
    }

    [Fact]
    public void Now_and_a_fixed_time_ignore_the_file()
    {
        var fixedTime = new DateTimeOffset(2026, 7, 9, 10, 0, 0, TimeSpan.FromHours(5));

        Assert.Equal(Now, ReceivedTime.Now.Resolve(Now.AddDays(-3), Now));
        Assert.Equal(fixedTime, ReceivedTime.Parse("2026-07-09T10:00").Resolve(Now.AddDays(-3), Now));
    }
}
