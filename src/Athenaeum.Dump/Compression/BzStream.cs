using System.Runtime.InteropServices;

namespace Athenaeum.Dump.Compression;

/// <summary>
/// libbz2's <c>bz_stream</c> (bzlib.h). It must stay at one address from <c>Init</c> to <c>End</c>: the library
/// keeps a pointer back to it, so instances live in native memory, never on the managed heap.
/// </summary>
[StructLayout(LayoutKind.Sequential)]
internal unsafe struct BzStream
{
    public byte* NextIn;
    public uint AvailIn;
    public uint TotalInLo32;
    public uint TotalInHi32;
    public byte* NextOut;
    public uint AvailOut;
    public uint TotalOutLo32;
    public uint TotalOutHi32;
    public void* State;
    public void* BzAlloc;
    public void* BzFree;
    public void* Opaque;
}
