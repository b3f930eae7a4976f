using System.Runtime.InteropServices;

namespace Athenaeum.Dump.Compression;

/// <summary>
/// Owns a <see cref="BzStream"/> in native memory and the libbz2 state attached to it, so that both are freed
/// even when the owner is never disposed.
/// </summary>
internal sealed unsafe class BzStreamHandle : SafeHandle
{
    /// <summary>Initializes a new instance of the <see cref="BzStreamHandle"/> class with a zeroed <see cref="BzStream"/>.</summary>
    public BzStreamHandle()
        : base(IntPtr.Zero, ownsHandle: true)
    {
        SetHandle((IntPtr)NativeMemory.AllocZeroed((nuint)sizeof(BzStream)));
    }

    /// <summary>Gets or sets which libbz2 state is attached: 0 none, 1 decompression, 2 compression.</summary>
    public int AttachedState { get; set; }

    /// <inheritdoc/>
    public override bool IsInvalid => handle == IntPtr.Zero;

    /// <summary>Gets the stream structure.</summary>
    public BzStream* Stream => (BzStream*)handle;

    /// <summary>Ends the attached libbz2 state, if any, and zeroes the structure.</summary>
    public void Detach()
    {
        if (AttachedState == 1)
        {
            _ = Bzip2Native.DecompressEnd(Stream);
        }
        else if (AttachedState == 2)
        {
            _ = Bzip2Native.CompressEnd(Stream);
        }

        AttachedState = 0;
        *Stream = default;
    }

    /// <inheritdoc/>
    protected override bool ReleaseHandle()
    {
        Detach();
        NativeMemory.Free((void*)handle);
        return true;
    }
}
