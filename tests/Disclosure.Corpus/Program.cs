using Disclosure.Corpus;

// Usage: dotnet run --project tests/Disclosure.Corpus -- COUNT OUTPUT_FOLDER [SEED]
if (args.Length < 2 || !int.TryParse(args[0], out var count) || count < 1)
{
    Console.Error.WriteLine("使い方: Disclosure.Corpus 件数 出力フォルダ [シード]");
    return 2;
}
var seed = args.Length > 2 && int.TryParse(args[2], out var s) ? s : 42;
if (Directory.Exists(args[1]) && Directory.EnumerateFileSystemEntries(args[1]).Any())
{
    Console.Error.WriteLine($"{args[1]} は空ではありません。空のフォルダを指定してください。");
    return 1;
}
new CorpusWriter(count, seed).Write(args[1]);
Console.WriteLine($"{count} 件の評価書を {args[1]} に書きました（シード {seed}）。");
return 0;
