namespace Disclosure.Comments.Store;

/// <summary>One staff access to submissions: who, when, what, how many rows. Never the data itself.</summary>
public sealed record AccessLogEntry(DateTimeOffset At, string Actor, string Action, string? PeriodId, int Rows);
