using System.CommandLine;
using Disclosure.Cli;

var parsed = DisclosureCommand.Create().Parse(args);
if (parsed.Errors.Count > 0)
{
    // A usage mistake is exit code 2, so scripts can tell it from a content error (1).
    foreach (var error in parsed.Errors)
    {
        Console.Error.WriteLine(error.Message);
    }
    Console.Error.WriteLine("使い方は disclosure --help で確認できます。");
    return 2;
}
try
{
    return await parsed.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
}
catch (Exception e) when (e is not OutOfMemoryException)
{
    // A fault of the tool itself, never of the content (content problems are reported as path:line): one sentence,
    // no stack trace; a build never leaves its output half-written (files are swapped into place only at the end).
    Console.Error.WriteLine($"Disclosure の内部エラーで中止しました（{e.GetType().Name}）。内容の誤りではない可能性が高いため、このメッセージを開発担当に知らせてください。");
    return 1;
}
