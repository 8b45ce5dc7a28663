using System.Globalization;
using Disclosure.Content;

namespace Disclosure.Guideline;

/// <summary>The guideline's terms in the Japanese that staff read in messages and in the report.</summary>
public static class GuidelineWords
{
    public static string Kind(AssessmentKind kind) => kind switch
    {
        AssessmentKind.Basic => "基礎項目評価書",
        AssessmentKind.Focused => "重点項目評価書",
        _ => "全項目評価書",
    };

    public static string Kinds(IEnumerable<AssessmentKind> kinds) =>
        kinds.Any() ? string.Join("・", kinds.Order().Select(Kind)) : "なし";

    /// <summary>The result in words: 基礎項目評価と全項目評価が必要, or 実施は任意.</summary>
    public static string Result(ThresholdJudgment judgment) => judgment.IsVoluntary
        ? "実施は任意（義務付けなし）"
        : string.Join("と", judgment.Required.Select(k => Kind(k).Replace("書", "", StringComparison.Ordinal))) + "が必要";

    /// <summary>What the judgment was made from: 対象人数 248,000人、取扱者数 320人、重大事故なし.</summary>
    public static string Facts(ThresholdJudgment judgment)
    {
        var handlers = judgment.HandlersCount is { } h ? $"取扱者数 {Number(h)}人" : "取扱者数 未記入";
        return $"対象人数 {Number(judgment.TargetCount)}人、{handlers}、重大事故{(judgment.SeriousIncident ? "あり" : "なし")}";
    }

    public static string Number(int value) => value.ToString("N0", CultureInfo.InvariantCulture);

    public static string Iso(DateOnly date) => Time.JapaneseDate.Iso(date);
}
