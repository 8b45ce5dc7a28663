using System.CommandLine;
using System.Globalization;
using Disclosure.Pipeline;
using Disclosure.Time;

namespace Disclosure.Cli;

/// <summary>The options every command that builds (build, check, serve) takes, and the build settings they make.</summary>
public sealed class SiteOptions
{
    public Option<string> Content { get; } = new("--content") { Description = "コンテンツのフォルダ", DefaultValueFactory = _ => "content" };
    public Option<string> Theme { get; } = new("--theme") { Description = "テーマのフォルダ", DefaultValueFactory = _ => Path.Combine("themes", "default") };
    public Option<string> Output { get; } = new("--output") { Description = "出力先のフォルダ", DefaultValueFactory = _ => "output" };
    public Option<string?> Now { get; } = new("--now") { Description = "「今日」を固定する（YYYY-MM-DD、日本時間）。再現できるビルドとテスト用" };
    public Option<bool> Drafts { get; } = new("--drafts") { Description = "下書き（status: draft）の評価書も出力する" };

    public SiteOptions()
    {
        Now.Validators.Add(result =>
        {
            var text = result.GetValueOrDefault<string?>();
            if (text is not null && !DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            {
                result.AddError($"--now には YYYY-MM-DD の形で実在する日付を指定してください（「{text}」）。");
            }
        });
    }

    public void AddTo(Command command, bool withOutput = true)
    {
        command.Options.Add(Content);
        command.Options.Add(Theme);
        if (withOutput)
        {
            command.Options.Add(Output);
        }
        command.Options.Add(Now);
        command.Options.Add(Drafts);
    }

    /// <summary>The pinned "today" (start of that day, Japan time), or null when the clock should run.</summary>
    public DateTimeOffset? PinnedNow(ParseResult parsed) =>
        parsed.GetValue(Now) is { } day ? TokyoTime.StartOf(DateOnly.ParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture)) : null;

    public BuildOptions Read(ParseResult parsed, bool writeOutput = true)
    {
        var now = PinnedNow(parsed) ?? DateTimeOffset.UtcNow;
        return new BuildOptions
        {
            ContentDirectory = parsed.GetValue(Content)!,
            ThemeDirectory = parsed.GetValue(Theme)!,
            OutputDirectory = parsed.GetValue(Output) ?? "output",
            Now = now,
            IncludeDrafts = parsed.GetValue(Drafts),
            WriteOutput = writeOutput,
        };
    }
}
