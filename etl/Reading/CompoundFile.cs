using System.Buffers.Binary;
using System.Text;

namespace VolunteerDW.Etl.Reading;

/// <summary>
/// Reads the directory of an OLE compound file (MS-CFB) — the container of Excel 97–2003 workbooks
/// and of password-encrypted Office Open XML files alike — far enough to name what its root storage
/// holds. Written for hostile input: every sector number and directory id is checked against the
/// file, and every chain and tree is walked at most once per sector or entry, so that a damaged,
/// cut short or looping file gives no names rather than an exception or a hang.
/// </summary>
public static class CompoundFile
{
    /// <summary>The first eight bytes of every compound file.</summary>
    public static ReadOnlySpan<byte> Signature => [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    /// <summary>The names of the streams and storages directly in the root storage, or null when the file is not a well-formed compound file.</summary>
    public static IReadOnlyList<string>? RootNames(byte[] content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var header = content.AsSpan();
        if (content.Length < Reader.HeaderSize || !header.StartsWith(Signature) || Reader.U16(header, 28) != 0xFFFE)
        {
            return null;
        }

        // Version 3 files have 512-byte sectors, version 4 files 4,096-byte ones; nothing else exists.
        var (version, shift) = (Reader.U16(header, 26), Reader.U16(header, 30));
        if ((version, shift) is not ((3, 9) or (4, 12)))
        {
            return null;
        }

        var reader = new Reader(content, 1 << shift);
        return reader.ReadFat() && reader.Chain(Reader.U32(header, 48)) is [_, ..] directory ? reader.RootChildren(directory) : null;
    }

    private sealed class Reader(byte[] content, int sectorSize)
    {
        public const int HeaderSize = 512;
        private const int EntrySize = 128;
        private const int HeaderFatSectors = 109;
        private const uint EndOfChain = 0xFFFFFFFE;
        private const uint NoEntry = 0xFFFFFFFF;
        private const byte Storage = 1;
        private const byte Stream = 2;
        private const byte Root = 5;

        // Where the FAT is: the sectors that hold the next sector of every sector.
        private readonly List<uint> fat = [];

        // Only whole sectors after the header's count: a sector cut short is not there.
        private uint SectorCount { get; } = (uint)((content.Length / sectorSize) - 1);

        public static ushort U16(ReadOnlySpan<byte> bytes, int offset) => BinaryPrimitives.ReadUInt16LittleEndian(bytes[offset..]);

        public static uint U32(ReadOnlySpan<byte> bytes, int offset) => BinaryPrimitives.ReadUInt32LittleEndian(bytes[offset..]);

        /// <summary>Finds the FAT's sectors: the first 109 listed in the header, the rest in a chain of DIFAT sectors.</summary>
        public bool ReadFat()
        {
            var count = U32(content, 44);
            if (count > SectorCount)
            {
                return false;
            }

            for (var i = 0; i < HeaderFatSectors && fat.Count < count; i++)
            {
                fat.Add(U32(content, 76 + (4 * i)));
            }

            // Each DIFAT sector lists FAT sectors and ends with the next DIFAT sector; every one read
            // adds to the list, so the walk ends by the count even if the chain loops.
            var listed = (sectorSize / 4) - 1;
            for (var difat = U32(content, 68); fat.Count < count; difat = U32(content, Offset(difat) + (4 * listed)))
            {
                if (!IsSector(difat))
                {
                    return false;
                }

                for (var i = 0; i < listed && fat.Count < count; i++)
                {
                    fat.Add(U32(content, Offset(difat) + (4 * i)));
                }
            }

            return fat.TrueForAll(IsSector);
        }

        /// <summary>The sectors of a chain in order, or null when it leaves the file or comes back on itself.</summary>
        public List<uint>? Chain(uint start)
        {
            var chain = new List<uint>();
            var seen = new HashSet<uint>();
            for (var sector = start; sector != EndOfChain; sector = Next(sector))
            {
                if (!IsSector(sector) || !seen.Add(sector))
                {
                    return null;
                }

                chain.Add(sector);
            }

            return chain;
        }

        /// <summary>The names in the root entry's tree of children (a red-black tree by left and right siblings).</summary>
        public List<string>? RootChildren(List<uint> directory)
        {
            var perSector = (uint)(sectorSize / EntrySize);
            var entries = (uint)directory.Count * perSector;
            int At(uint id) => Offset(directory[(int)(id / perSector)]) + (int)(id % perSector * EntrySize);
            if (content[At(0) + 66] != Root)
            {
                return null;
            }

            var names = new List<string>();
            var seen = new HashSet<uint>();
            var pending = new Stack<uint>([U32(content, At(0) + 76)]);
            while (pending.TryPop(out var id))
            {
                if (id == NoEntry)
                {
                    continue;
                }

                if (id >= entries || !seen.Add(id) || content[At(id) + 66] is not (Storage or Stream) || Name(At(id)) is not { } name)
                {
                    return null;
                }

                names.Add(name);
                pending.Push(U32(content, At(id) + 68));
                pending.Push(U32(content, At(id) + 72));
            }

            return names;
        }

        // A name is UTF-16LE; its length at 64 counts bytes with the closing null, at most 32 characters.
        private string? Name(int entry) => U16(content, entry + 64) is var length && length is >= 2 and <= 64 && length % 2 == 0
            ? Encoding.Unicode.GetString(content, entry, length - 2)
            : null;

        private uint Next(uint sector)
        {
            var perSector = (uint)(sectorSize / 4);
            var index = sector / perSector;
            return index < fat.Count ? U32(content, Offset(fat[(int)index]) + (int)(sector % perSector * 4)) : NoEntry;
        }

        private bool IsSector(uint sector) => sector < SectorCount;

        // Sector n follows the header's sector; callers check n against the sectors there are.
        private int Offset(uint sector) => (int)((sector + 1) * (uint)sectorSize);
    }
}
