namespace Disclosure.Guideline;

/// <summary>Where an assessment stands with the third-party review (第三者点検) on the build day.</summary>
public enum ReviewStepState
{
    /// <summary>Not a full assessment: the guideline asks for no third-party review.</summary>
    NotRequired,

    /// <summary>A full assessment without a schedule, so there is no step to look for.</summary>
    NoSchedule,

    /// <summary>Its schedule has no step of <c>type: third_party_review</c>.</summary>
    Missing,

    /// <summary>The step is there but its last day is the build day or later.</summary>
    NotDone,

    Done,
}
