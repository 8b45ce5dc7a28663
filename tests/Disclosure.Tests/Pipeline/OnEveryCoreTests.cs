using Disclosure.Pipeline;

namespace Disclosure.Tests.Pipeline;

/// <summary>The build's pages, files and documents come out of the cores in the order they went in.</summary>
public sealed class OnEveryCoreTests
{
    [Fact]
    public void Results_keep_the_order_of_the_items_however_long_each_takes()
    {
        var items = Enumerable.Range(0, 2_000).ToList();

        var results = OnEveryCore.Map(items, i =>
        {
            // Later items finish first, so an unordered collection would come out reversed in places.
            Thread.SpinWait((items.Count - i) * 20);
            return i * 2;
        });

        Assert.Equal(items.Select(i => i * 2), results);
    }

    [Fact]
    public void Many_results_of_each_item_are_joined_in_the_items_order()
    {
        var items = Enumerable.Range(0, 500).ToList();

        var results = OnEveryCore.MapMany(items, i => Enumerable.Repeat(i, i % 3));

        Assert.Equal(items.SelectMany(i => Enumerable.Repeat(i, i % 3)), results);
    }

    [Fact]
    public void A_failure_of_one_item_reaches_the_caller()
    {
        var failure = Assert.Throws<AggregateException>(() =>
            OnEveryCore.Map(Enumerable.Range(0, 100).ToList(), i => i == 57 ? throw new InvalidOperationException("57") : i));

        Assert.Contains(failure.InnerExceptions, e => e.Message == "57");
    }
}
