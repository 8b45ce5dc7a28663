using System.Net;
using System.Text.Json;
using Disclosure.Comments.Tests.Support;
using Disclosure.Testing;

namespace Disclosure.Comments.Tests;

/// <summary>Every staff read of submissions, over HTTP or with the CLI, is on record: who, what, which period, how many rows.</summary>
public abstract class AccessLogTests(CommentServerFixture server)
{
    [Fact]
    public async Task Each_http_export_adds_an_access_log_row_with_the_tokens_name()
    {
        using var client = server.Client();
        await client.SubmitAsync(TestSite.StrictPeriod, $"記録の確認 {Form.Marker()}", Form.Personal(Form.Marker()));
        var before = server.Store().AccessLog().Count;
        var rows = server.Store().RowsOf(TestSite.StrictPeriod).Count;

        Assert.Equal(HttpStatusCode.OK, (await StaffExport.GetAsync(client, TestSite.StrictPeriod)).Status);
        Assert.Equal(HttpStatusCode.OK, (await StaffExport.GetAsync(client, TestSite.UpcomingPeriod)).Status);

        var log = server.Store().AccessLog();
        Assert.Equal(before + 2, log.Count);
        var first = log[^2];
        Assert.Equal($"token:{CommentServerFixture.StaffName}", first.Actor);
        Assert.Equal("export-csv-http", first.Action);
        Assert.Equal(TestSite.StrictPeriod, first.PeriodId);
        Assert.Equal(rows, first.Rows);
        Assert.EndsWith("+09:00", first.At);
        Assert.InRange(DateTimeOffset.Parse(first.At, System.Globalization.CultureInfo.InvariantCulture),
            DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddMinutes(1));
        Assert.Equal(TestSite.UpcomingPeriod, log[^1].PeriodId);
        Assert.Equal(0, log[^1].Rows);
    }

    [Fact]
    public async Task The_cli_prints_the_access_log()
    {
        using var client = server.Client();
        await StaffExport.GetAsync(client, TestSite.ClosedPeriod);
        var rows = server.Store().RowsOf(TestSite.ClosedPeriod).Count;

        var (exit, stdout, stderr) = await server.RunCliAsync("comments", "access-log");

        Assert.True(exit == 0, stderr);
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToList();
        Assert.Equal("日時\t利用者\t操作\t意見募集\t件数", lines[0]);
        Assert.Equal(server.Store().AccessLog().Count, lines.Count - 1);
        var last = lines[^1].Split('\t');
        Assert.Equal(["token:" + CommentServerFixture.StaffName, "export-csv-http", TestSite.ClosedPeriod, rows.ToString(System.Globalization.CultureInfo.InvariantCulture)], last[1..]);
        Assert.EndsWith("+09:00", last[0]);
    }

    [Fact]
    public async Task The_cli_refuses_an_unknown_period_and_lists_the_known_ones_without_logging_an_access()
    {
        using var client = server.Client();
        await client.SubmitAsync(TestSite.OpenPeriod, $"一覧に出る意見 {Form.Marker()}");
        var logged = server.Store().AccessLog().Count;

        var typo = await server.RunCliAsync("comments", "export", "--period", "opne-period", "--site", server.Site.OutputDirectory);

        Assert.Equal(1, typo.ExitCode);
        Assert.Contains("意見募集「opne-period」は見つかりません", typo.Stderr);
        Assert.Contains(TestSite.OpenPeriod, typo.Stderr);
        Assert.Contains(TestSite.UpcomingPeriod, typo.Stderr);
        Assert.DoesNotContain("件を書き出しました", typo.Stderr);
        Assert.Equal("", typo.Stdout);
        Assert.Equal(logged, server.Store().AccessLog().Count);
    }

    [Fact]
    public async Task The_cli_exports_a_site_period_that_has_no_submissions_yet_as_a_header_only()
    {
        var empty = await server.RunCliAsync("comments", "export", "--period", TestSite.UpcomingPeriod, "--site", server.Site.OutputDirectory);

        Assert.True(empty.ExitCode == 0, empty.Stderr);
        Assert.Contains("0 件を書き出しました", empty.Stderr);
    }

    [Fact]
    public async Task The_cli_exports_csv_and_json_and_each_export_is_logged_as_the_cli_user()
    {
        using var client = server.Client();
        var marker = Form.Marker();
        var receipt = await client.SubmitAsync(TestSite.StrictPeriod, $"CLI で書き出す, \"意見\"\n{marker}",
            ("name", "CLI 太郎"), ("email", "cli@example.jp"), ("address", "テスト市5-5"));
        var count = server.Store().RowsOf(TestSite.StrictPeriod).Count;
        var logged = server.Store().AccessLog().Count;
        var file = Path.Combine(Path.GetTempPath(), $"disclosure-export-{Guid.NewGuid():N}.csv");

        try
        {
            var csv = await server.RunCliAsync("comments", "export", "--period", TestSite.StrictPeriod, "--format", "csv");
            var toFile = await server.RunCliAsync("comments", "export", "--period", TestSite.StrictPeriod, "--format", "csv", "--output", file);
            var json = await server.RunCliAsync("comments", "export", "--period", TestSite.StrictPeriod, "--format", "json");

            Assert.True(csv.ExitCode == 0, csv.Stderr);
            var records = Csv.Parse(csv.Stdout.TrimStart('\uFEFF'));
            Assert.Equal(StaffExport.Header, records[0]);
            Assert.Equal(count, records.Count - 1);
            Assert.Equal($"CLI で書き出す, \"意見\"\n{marker}", Assert.Single(records, r => r[0] == receipt)[3]);
            Assert.Contains($"{count} 件を書き出しました", csv.Stderr);

            Assert.True(toFile.ExitCode == 0, toFile.Stderr);
            var bytes = await File.ReadAllBytesAsync(file);
            var fromFile = StaffExport.Parse(bytes); // asserts the byte-order mark
            Assert.Equal(records, fromFile);

            Assert.True(json.ExitCode == 0, json.Stderr);
            using var document = JsonDocument.Parse(json.Stdout);
            Assert.Equal(JsonValueKind.Array, document.RootElement.ValueKind);
            Assert.Equal(count, document.RootElement.GetArrayLength());
            var item = Assert.Single(document.RootElement.EnumerateArray(), e => e.GetProperty("receipt").GetString() == receipt);
            Assert.Equal($"CLI で書き出す, \"意見\"\n{marker}", item.GetProperty("opinion").GetString());
            Assert.Equal("CLI 太郎", item.GetProperty("name").GetString());
            Assert.Equal("cli@example.jp", item.GetProperty("email").GetString());
            Assert.Equal("テスト市5-5", item.GetProperty("address").GetString());
            Assert.EndsWith("+09:00", item.GetProperty("received_at").GetString());
            Assert.Equal(JsonValueKind.Null, item.GetProperty("duplicate_of").ValueKind);
            Assert.False(item.GetProperty("personal_data_purged").GetBoolean());
        }
        finally
        {
            File.Delete(file);
        }

        var log = server.Store().AccessLog().Skip(logged).ToList();
        Assert.Equal(["export-csv-cli", "export-csv-cli", "export-json-cli"], log.Select(e => e.Action));
        Assert.All(log, e =>
        {
            Assert.StartsWith("cli:", e.Actor);
            Assert.Equal(TestSite.StrictPeriod, e.PeriodId);
            Assert.Equal(count, e.Rows);
        });
    }

}

[Collection(SqliteServerCollection.Name)]
public sealed class AccessLogTestsOnSqlite(SqliteServerFixture server) : AccessLogTests(server);

[Collection(PostgresServerCollection.Name)]
[RequiresPostgres]
public sealed class AccessLogTestsOnPostgres(PostgresServerFixture server) : AccessLogTests(server);
