using System.CommandLine;
using System.CommandLine.Parsing;

namespace Disclosure.Cli;

/// <summary>Restricts an argument or option to a fixed set of words, with a message that lists them.</summary>
public static class AllowedValues
{
    public static void Restrict(Option<string> option, params string[] allowed) =>
        option.Validators.Add(result => Check(result, result.GetValueOrDefault<string>(), allowed));

    private static void Check(SymbolResult result, string? value, string[] allowed)
    {
        if (value is not null && !allowed.Contains(value))
        {
            result.AddError($"「{value}」は使えません。{string.Join(" / ", allowed)} のいずれかを指定してください。");
        }
    }
}
