using System.Net;
using System.Text.Json;
using Disclosure.Comments.Store;
using Disclosure.Comments.Tests.Support;
using Disclosure.Testing;

namespace Disclosure.Comments.Tests;

/// <summary>Several endpoint instances behind a load balancer share one PostgreSQL database, as if they were one.</summary>
[RequiresPostgres]
public sealed class SharedDatabaseTests : IAsyncLifetime
{
    private PostgresTestStore? _store;
    private TestSite? _site;

    public async Task InitializeAsync()
    {
        _store = (PostgresTestStore)await TestStore.CreateAsync(CommentStores.Postgres);
        _site = await TestSite.CreateAsync("http://127.0.0.1:9/hogo/", "http://127.0.0.1:9");
    }

    [Fact]
    public async Task Two_instances_started_at_once_keep_every_receipt_and_flag_repeats_across_instances()
    {
        var settings = new Dictionary<string, string>(_store!.Settings)
        {
            ["Comments__SitePath"] = _site!.OutputDirectory,
            ["Comments__RateLimit__PermitLimit"] = "100000",
            ["Comments__RateLimit__RequestsPerMinute"] = "100000",
        };

        // Both start at the same moment on an empty database, so both try to create the schema.
        var servers = await Task.WhenAll(CommentServerProcess.StartAsync(settings), CommentServerProcess.StartAsync(settings));
        await using var first = servers[0];
        await using var second = servers[1];
        var database = _store.Database();
        Assert.Equal((long)SchemaMigrations.Latest, database.Scalar("SELECT count(*) FROM schema_version"));
        Assert.Equal(SchemaMigrations.Latest, database.Scalar("SELECT max(version) FROM schema_version"));

        // Each text many times, typed three ways, half through each instance, all at once: the first of a text
        // reaches either instance, often at the same moment as a repeat through the other.
        using var one = Client(first);
        using var two = Client(second);
        var marker = Form.Marker();
        const int texts = 12;
        const int copies = 16;
        var sends = new List<Task<(int Text, string Receipt, string Via)>>();
        for (var copy = 0; copy < copies; copy++)
        {
            for (var text = 0; text < texts; text++)
            {
                var opinion = $"{marker} 同時に届く意見 {text} です。";
                opinion = (copy % 3) switch
                {
                    1 => $"  {opinion.Replace(" ", "\n\n", StringComparison.Ordinal)} ",
                    2 => opinion.Replace(" ", "\u3000", StringComparison.Ordinal),
                    _ => opinion,
                };
                var (client, via) = (copy + text) % 2 == 0 ? (one, "first") : (two, "second");
                sends.Add(SendAsync(client, text, opinion, via));
            }
        }
        var sent = await Task.WhenAll(sends);

        var rows = database.RowsWith(marker);
        Assert.Equal(texts * copies, rows.Count);
        Assert.Equal(sent.Select(s => s.Receipt).Order(StringComparer.Ordinal), rows.Select(r => r.Receipt).Order(StringComparer.Ordinal));
        var textOf = sent.ToDictionary(s => s.Receipt, s => s.Text);
        foreach (var group in rows.GroupBy(r => textOf[r.Receipt]))
        {
            // Rows in the order they were stored: the first has no duplicate_of, every later one names it.
            var ordered = group.ToList();
            Assert.Null(ordered[0].DuplicateOf);
            Assert.All(ordered.Skip(1), r => Assert.Equal(ordered[0].Receipt, r.DuplicateOf));
        }
        Assert.Equal(texts, rows.Count(r => r.DuplicateOf is null));

        // Either instance finds a receipt the other gave.
        var fromFirst = sent.First(s => s.Via == "first").Receipt;
        var fromSecond = sent.First(s => s.Via == "second").Receipt;
        Assert.Equal(HttpStatusCode.OK, (await two.GetAsync($"periods/{TestSite.OpenPeriod}/receipts/{fromFirst}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await one.GetAsync($"periods/{TestSite.OpenPeriod}/receipts/{fromSecond}")).StatusCode);
    }

    public async Task DisposeAsync()
    {
        _site?.Dispose();
        if (_store is not null)
        {
            await _store.DisposeAsync();
        }
    }

    /// <summary>At most 24 requests in flight per instance, so the two servers' pools stay well within the test PostgreSQL's connections.</summary>
    private static HttpClient Client(CommentServerProcess server) =>
        new(new SocketsHttpHandler { MaxConnectionsPerServer = 24 }) { BaseAddress = server.Address, Timeout = TimeSpan.FromSeconds(60) };

    private static async Task<(int Text, string Receipt, string Via)> SendAsync(HttpClient client, int text, string opinion, string via)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"periods/{TestSite.OpenPeriod}/comments")
        {
            Content = new FormUrlEncodedContent(Form.Fields(opinion)),
        };
        request.Headers.Accept.ParseAdd("application/json");
        using var response = await client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"{(int)response.StatusCode} from the {via} instance: {body}");
        using var json = JsonDocument.Parse(body);
        return (text, json.RootElement.GetProperty("receipt").GetString()!, via);
    }
}
