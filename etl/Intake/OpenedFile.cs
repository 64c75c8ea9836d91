using VolunteerDW.Etl.Problems;

namespace VolunteerDW.Etl.Intake;

/// <summary>What a file given to a load holds: the workbooks to read, and what was passed over unread.</summary>
public sealed record OpenedFile(IReadOnlyList<IncomingWorkbook> Workbooks, IReadOnlyList<SkippedFile> Skipped);

/// <summary>A file or package entry passed over unread, and why (e.g. Excel's lock file).</summary>
/// <param name="Name">How results name it, e.g. <c>750000000.zip › ~$751110000.xlsx</c>.</param>
/// <param name="Reason">Why it was not read, worded by <c>Messages</c> like a problem.</param>
public sealed record SkippedFile(string Name, Problem Reason);
