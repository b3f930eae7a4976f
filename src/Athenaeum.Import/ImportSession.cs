using Athenaeum.Dump;
using Athenaeum.Storage;

namespace Athenaeum.Import;

/// <summary>The state one import session's pipeline shares.</summary>
/// <param name="Reader">The dump reader.</param>
/// <param name="Writer">The library writer.</param>
/// <param name="RunId">The run.</param>
/// <param name="Transformer">The parallel stage.</param>
/// <param name="Counters">The run's counters.</param>
/// <param name="Skip">Pages at the start of the reader's output that an earlier session already committed.</param>
internal sealed record ImportSession(
    DumpReader Reader,
    ILibraryWriter Writer,
    long RunId,
    PageTransformer Transformer,
    ImportCounters Counters,
    long Skip);
