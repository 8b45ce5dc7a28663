using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using Disclosure.Diagnostics;
using Disclosure.Guideline;
using Disclosure.Pipeline;
using Disclosure.Time;

namespace Disclosure.Cli;

/// <summary>
/// <c>disclosure check</c>: every rule of the build (references, links, redaction leaks, schedules) without writing
/// anything. Exit 0 when clean, 1 on errors, 2 on a usage error. <c>--format json</c> is for CI annotations;
/// <c>--verbose</c> adds what the YAML parser said, in its own words (the <c>detail</c> of a JSON record).
/// <c>--report</c> lists every assessment against the guideline's rules (<see cref="GuidelineReport"/>) on standard
/// output, problems or not: the exit code is still the check's.
/// </summary>
public static class CheckCommand
{
    private static readonly JsonSerializerOptions Json = new()
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        WriteIndented = true,
    };

    public static Command Create()
    {
        var site = new SiteOptions();
        var format = new Option<string>("--format") { Description = "text または json", DefaultValueFactory = _ => "text" };
        AllowedValues.Restrict(format, "text", "json");
        var verbose = VerboseOption.Create();
        var report = new Option<bool>("--report") { Description = "評価書ごとに、しきい値判断・意見募集の日数・第三者点検・再評価と見直しの時期・事務の終了を一覧にします" };
        var command = new Command("check", "サイトを書き出さずに、ビルドと同じ規則ですべて点検します") { format, verbose, report };
        site.AddTo(command, withOutput: false);
        command.SetAction(async parsed =>
        {
            var options = site.Read(parsed, writeOutput: false);
            var result = await new SiteBuilder(options).BuildAsync();
            var withDetail = parsed.GetValue(verbose);
            var withReport = parsed.GetValue(report);
            var today = TokyoTime.DateOf(options.Now);
            if (parsed.GetValue(format) == "json")
            {
                var records = result.Diagnostics.Select(d => new
                {
                    d.Path,
                    d.Line,
                    d.Column,
                    Severity = d.Severity == DiagnosticSeverity.Error ? "error" : "warning",
                    d.Message,
                    Detail = withDetail ? d.Detail : null,
                });
                // Without --report the output stays the plain array of problems that CI annotations read.
                Console.WriteLine(withReport
                    ? JsonSerializer.Serialize(new { Today = JapaneseDate.Iso(today), Guideline = GuidelineRules.Version, Assessments = GuidelineReport.Records(result.Standings, today), Diagnostics = records }, Json)
                    : JsonSerializer.Serialize(records, Json));
            }
            else
            {
                if (withReport)
                {
                    Console.Write(GuidelineReport.Text(result.Standings, today));
                }
                foreach (var diagnostic in result.Diagnostics)
                {
                    Console.Error.WriteLine(diagnostic.Describe(withDetail));
                }
                Console.Error.WriteLine(result.Succeeded
                    ? $"問題はありません（警告 {result.WarningCount} 件）。"
                    : $"エラー {result.ErrorCount} 件、警告 {result.WarningCount} 件。");
            }
            return result.Succeeded ? 0 : 1;
        });
        return command;
    }
}
