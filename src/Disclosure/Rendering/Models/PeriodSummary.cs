using Disclosure.Content;

namespace Disclosure.Rendering.Models;

public sealed record PeriodSummary(CommentPeriod Period, Assessment Assessment, CommentPeriodState State, int DaysLeft);
