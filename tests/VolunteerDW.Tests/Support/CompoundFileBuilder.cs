using System.Buffers.Binary;
using System.Text;

namespace VolunteerDW.Tests.Support;

/// <summary>
/// Writes the smallest well-formed compound file (MS-CFB version 3) with the given empty streams in
/// its root — the header, one FAT sector, one directory sector — for tests to damage at will.
/// </summary>
internal static class CompoundFileBuilder
{
    public const int Sector = 512;
    public const uint NoEntry = 0xFFFFFFFF;
    public const uint EndOfChain = 0xFFFFFFFE;

    /// <summary>Offset of the FAT (sector 0) and of the directory (sector 1).</summary>
    public const int Fat = Sector, Directory = 2 * Sector;

    public static byte[] With(params string[] streams)
    {
        if (streams.Length > 3)
        {
            throw new ArgumentException("One directory sector holds the root and three streams.", nameof(streams));
        }

        var file = new byte[3 * Sector];
        byte[] signature = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
        signature.CopyTo(file, 0);
        Put16(file, 24, 0x3E);
        Put16(file, 26, 3);
        Put16(file, 28, 0xFFFE);
        Put16(file, 30, 9);
        Put16(file, 32, 6);
        Put32(file, 44, 1); // one FAT sector…
        Put32(file, 48, 1); // …the directory in sector 1
        Put32(file, 56, 4096);
        Put32(file, 60, EndOfChain);
        Put32(file, 68, EndOfChain);
        for (var i = 0; i < 109; i++)
        {
            Put32(file, 76 + (4 * i), i == 0 ? 0 : NoEntry);
        }

        for (var i = 0; i < Sector / 4; i++)
        {
            Put32(file, Fat + (4 * i), i switch { 0 => 0xFFFFFFFD, 1 => EndOfChain, _ => NoEntry });
        }

        Entry(file, 0, "Root Entry", 5, child: streams.Length > 0 ? 1 : NoEntry, right: NoEntry);
        for (var i = 0; i < streams.Length; i++)
        {
            Entry(file, i + 1, streams[i], 2, child: NoEntry, right: i + 1 < streams.Length ? (uint)(i + 2) : NoEntry);
        }

        return file;
    }

    /// <summary>Offset of a directory entry.</summary>
    public static int EntryAt(int id) => Directory + (id * 128);

    public static void Put32(byte[] file, int offset, uint value) => BinaryPrimitives.WriteUInt32LittleEndian(file.AsSpan(offset), value);

    private static void Put16(byte[] file, int offset, ushort value) => BinaryPrimitives.WriteUInt16LittleEndian(file.AsSpan(offset), value);

    // Siblings hang to the right only: a lopsided tree, but a tree, which is all a reader may rely on.
    private static void Entry(byte[] file, int id, string name, byte type, uint child, uint right)
    {
        var at = EntryAt(id);
        Encoding.Unicode.GetBytes(name).CopyTo(file, at);
        Put16(file, at + 64, (ushort)((name.Length + 1) * 2));
        file[at + 66] = type;
        Put32(file, at + 68, NoEntry);
        Put32(file, at + 72, right);
        Put32(file, at + 76, child);
        Put32(file, at + 116, EndOfChain);
    }
}
