using System.CommandLine;

namespace Disclosure.Cli;

/// <summary>
/// <c>--verbose</c> for the commands that report content problems: each problem also carries what a library said
/// about it in its own (English) words (<see cref="Diagnostics.Diagnostic.Detail"/>), for whoever looks into the tool.
/// </summary>
public static class VerboseOption
{
    public static Option<bool> Create() => new("--verbose")
    {
        Description = "YAML の誤りなどに、YAML パーサーの英語の説明も添えます（ツールの不具合を調べるとき用）",
    };
}
