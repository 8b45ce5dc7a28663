namespace Disclosure.LoadTest;

/// <param name="RequestsPerSecond">A fixed arrival rate, or 0 to send as fast as the concurrency allows.</param>
public sealed record LoadSettings(Uri Endpoint, string Period, int Concurrency, int Requests, TimeSpan MaxDuration, int RequestsPerSecond);
