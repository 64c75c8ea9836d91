using System.Buffers.Binary;

namespace VolunteerDW.Etl.Workbooks;

/// <summary>
/// Sets the modification time of every entry of a zip archive in place, in the local and central
/// headers. The packaging library stamps entries with the current time and has no way to choose
/// it; re-stamping in place is far cheaper than rewriting the archive.
/// </summary>
internal static class ZipEntryTimes
{
    private const uint EndOfCentralDirectory = 0x06054B50;
    private const uint CentralHeader = 0x02014B50;
    private const uint LocalHeader = 0x04034B50;
    private const int EndRecordLength = 22;

    /// <summary>Stamps every entry with a time, kept as zip keeps it: local clock time, to two seconds.</summary>
    public static void Set(Span<byte> zip, DateTimeOffset time)
    {
        var clock = time.DateTime;
        var dosTime = (ushort)((clock.Hour << 11) | (clock.Minute << 5) | (clock.Second / 2));
        var dosDate = (ushort)(((clock.Year - 1980) << 9) | (clock.Month << 5) | clock.Day);
        var end = FindEndRecord(zip);
        var entries = BinaryPrimitives.ReadUInt16LittleEndian(zip[(end + 10)..]);
        var position = (int)BinaryPrimitives.ReadUInt32LittleEndian(zip[(end + 16)..]);
        for (var i = 0; i < entries; i++)
        {
            Expect(zip, position, CentralHeader);
            Write(zip[(position + 12)..], dosTime, dosDate);
            var local = (int)BinaryPrimitives.ReadUInt32LittleEndian(zip[(position + 42)..]);
            Expect(zip, local, LocalHeader);
            Write(zip[(local + 10)..], dosTime, dosDate);
            position += 46 + BinaryPrimitives.ReadUInt16LittleEndian(zip[(position + 28)..])
                + BinaryPrimitives.ReadUInt16LittleEndian(zip[(position + 30)..])
                + BinaryPrimitives.ReadUInt16LittleEndian(zip[(position + 32)..]);
        }
    }

    private static void Write(Span<byte> field, ushort dosTime, ushort dosDate)
    {
        BinaryPrimitives.WriteUInt16LittleEndian(field, dosTime);
        BinaryPrimitives.WriteUInt16LittleEndian(field[2..], dosDate);
    }

    // The end record sits at the very end unless the archive has a comment after it.
    private static int FindEndRecord(ReadOnlySpan<byte> zip)
    {
        for (var position = zip.Length - EndRecordLength; position >= 0; position--)
        {
            if (BinaryPrimitives.ReadUInt32LittleEndian(zip[position..]) == EndOfCentralDirectory)
            {
                return position;
            }
        }

        throw new InvalidDataException("Not a zip archive: no end of central directory record.");
    }

    private static void Expect(ReadOnlySpan<byte> zip, int position, uint signature)
    {
        if (position < 0 || position + 4 > zip.Length || BinaryPrimitives.ReadUInt32LittleEndian(zip[position..]) != signature)
        {
            throw new InvalidDataException($"Not a zip archive: no header at offset {position}.");
        }
    }
}
