namespace VolunteerDW.Tests.Support;

/// <summary>Files made by other programs and kept in <c>tests/VolunteerDW.Tests/Fixtures</c> (its README says how each was made).</summary>
internal static class Fixtures
{
    public static byte[] Bytes(string name) => File.ReadAllBytes(RepoPaths.Of("tests", "VolunteerDW.Tests", "Fixtures", name));
}
