using Disclosure.Content;

namespace Disclosure.Rendering;

/// <summary>The Japanese words the site shows for each enumerated value.</summary>
public static class Labels
{
    public static string Of(AssessmentKind kind) => kind switch
    {
        AssessmentKind.Basic => "基礎項目評価書",
        AssessmentKind.Focused => "重点項目評価書",
        AssessmentKind.Full => "全項目評価書",
        _ => kind.ToString(),
    };

    public static string Of(AssessmentStatus status) => status switch
    {
        AssessmentStatus.Draft => "作成中（下書き）",
        AssessmentStatus.Consultation => "市民意見聴取中",
        AssessmentStatus.Review => "第三者点検中",
        AssessmentStatus.Published => "公表済み",
        AssessmentStatus.Withdrawn => "取下げ・廃止",
        _ => status.ToString(),
    };

    public static string Of(StepState state) => state switch
    {
        StepState.Done => "完了",
        StepState.Current => "実施中",
        StepState.Upcoming => "予定",
        _ => state.ToString(),
    };

    public static string Of(CommentPeriodState state) => state switch
    {
        CommentPeriodState.Upcoming => "募集前",
        CommentPeriodState.Open => "募集中",
        CommentPeriodState.Closed => "募集終了",
        CommentPeriodState.ResultPublished => "結果公表",
        _ => state.ToString(),
    };

    public static string Of(CommentField field) => field switch
    {
        CommentField.Name => "氏名",
        CommentField.Email => "メールアドレス",
        CommentField.Address => "住所",
        _ => field.ToString(),
    };

    public static string Of(DocumentCollection collection) => collection switch
    {
        DocumentCollection.Assessments => "評価書",
        DocumentCollection.Schedules => "スケジュール",
        DocumentCollection.CommentPeriods => "意見募集",
        DocumentCollection.Meetings => "会議",
        DocumentCollection.News => "お知らせ",
        DocumentCollection.Pages => "ページ",
        _ => collection.ToString(),
    };

    /// <summary>CSS class suffix for a state, so the theme can style it without knowing the enum.</summary>
    public static string Token<T>(T value) where T : Enum => value.ToString().ToLowerInvariant();
}
