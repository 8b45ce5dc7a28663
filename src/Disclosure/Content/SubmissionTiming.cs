namespace Disclosure.Content;

/// <summary>When an assessment's change was submitted to the commission, as 別添3 records it (提出時期).</summary>
public enum SubmissionTiming
{
    /// <summary>事前: before the change took effect.</summary>
    Prior,

    /// <summary>事後: after it, as the rules allow for a change that is not 重要な変更.</summary>
    Subsequent,
}
