namespace Disclosure.Content;

/// <summary>A step's <c>type</c>: most steps have none; the guideline's rules look for the ones named here.</summary>
public enum ScheduleStepType
{
    Ordinary,

    /// <summary>第三者点検, which a local government's full assessment must pass before it is published.</summary>
    ThirdPartyReview,
}
