using System.Globalization;
using Athenaeum.Bench.DumpGenerator;

// dumpgen OUTPUT SIZE_MB CORPUS_DIR [SEED]: writes OUTPUT (multistream .xml.bz2) and its index beside it.
if (args.Length is < 3 or > 4 || !int.TryParse(args[1], NumberStyles.None, CultureInfo.InvariantCulture, out var sizeMb) || sizeMb < 1)
{
    Console.Error.WriteLine("usage: dumpgen OUTPUT.xml.bz2 SIZE_MB CORPUS_DIR [SEED]");
    return 2;
}

var seed = args.Length == 4 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 20250101;
var pool = await TextPool.LoadAsync(args[2]);
var stats = await SyntheticWiki.WriteAsync(args[0], sizeMb * 1_000_000L, pool, seed);
Console.WriteLine(stats);
return 0;
