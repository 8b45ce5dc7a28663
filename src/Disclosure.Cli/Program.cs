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
return await parsed.InvokeAsync();
