namespace VolunteerDW.Etl.Intake;

/// <summary>A workbook to load: a file given directly, or an entry of a region's zip package.</summary>
/// <param name="Name">How results name it, e.g. <c>2026Q2/750000000.zip › 751110000.xlsx</c>.</param>
/// <param name="FileName">The workbook's own file name.</param>
/// <param name="Package">The zip it came in, if any.</param>
/// <param name="Content">The file's bytes.</param>
/// <param name="ReceivedAt">When the ministry received it.</param>
public sealed record IncomingWorkbook(string Name, string FileName, string? Package, byte[] Content, DateTimeOffset ReceivedAt);
