using System.Globalization;

namespace Disclosure.LoadTest;

public sealed record LoadReport(int Sent, int Accepted, IReadOnlyDictionary<int, int> OtherStatuses, int Failures, TimeSpan Elapsed, IReadOnlyList<double> LatenciesMs, IReadOnlyList<string> Receipts)
{
    public double AcceptedPerSecond => Accepted / Elapsed.TotalSeconds;

    public double Percentile(double p)
    {
        if (LatenciesMs.Count == 0)
        {
            return double.NaN;
        }
        var sorted = LatenciesMs.Order().ToList();
        var index = (int)Math.Ceiling(p / 100 * sorted.Count) - 1;
        return sorted[Math.Clamp(index, 0, sorted.Count - 1)];
    }

    public override string ToString()
    {
        var others = OtherStatuses.Count == 0 ? "none" : string.Join(", ", OtherStatuses.Select(s => $"{s.Key}×{s.Value}"));
        return string.Create(CultureInfo.InvariantCulture,
            $"sent={Sent} accepted={Accepted} accepted/s={AcceptedPerSecond:0} p50={Percentile(50):0.0}ms p99={Percentile(99):0.0}ms max={Percentile(100):0.0}ms other-statuses={others} failures={Failures} elapsed={Elapsed.TotalSeconds:0.00}s");
    }
}
