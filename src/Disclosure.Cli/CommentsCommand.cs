using System.CommandLine;
using System.Globalization;
using Disclosure.Comments.Export;
using Disclosure.Comments.Options;
using Disclosure.Comments.Store;
using Disclosure.Time;

namespace Disclosure.Cli;

/// <summary><c>disclosure comments …</c>: staff tools for the comment store. Every read of submissions is logged.</summary>
public static class CommentsCommand
{
    internal static string Actor => $"cli:{Environment.UserName}";

    public static Command Create()
    {
        var store = new StoreOptions(
            new Option<string>("--store")
            {
                Description = "意見を保存した SQLite ファイル（既定: 環境変数 Comments__StorePath、なければ ~/.local/share/disclosure/comments.db）",
                DefaultValueFactory = _ => Environment.GetEnvironmentVariable("Comments__StorePath") ?? CommentServerOptions.DefaultStorePath,
                Recursive = true,
            },
            new Option<string>("--store-kind")
            {
                Description = "sqlite または postgres（既定: 環境変数 Comments__Store、なければ sqlite）。postgres の接続文字列は、パスワードを含むため環境変数 Comments__PostgresConnectionString から読みます",
                DefaultValueFactory = _ => CommentStores.Normalize(Environment.GetEnvironmentVariable("Comments__Store") ?? ""),
                Recursive = true,
            });
        AllowedValues.Restrict(store.Kind, CommentStores.Sqlite, CommentStores.Postgres);
        var command = new Command("comments", "受け付けた意見の書き出し・結果の下書き・アクセス記録・個人情報の削除") { store.Path, store.Kind };
        command.Subcommands.Add(Export(store));
        command.Subcommands.Add(AccessLog(store));
        command.Subcommands.Add(Purge(store));
        command.Subcommands.Add(Backup(store));
        command.Subcommands.Add(DraftResultCommand.Create(store));
        return command;
    }

    /// <summary>Which store the commands work on: the same settings as the server's.</summary>
    internal sealed record StoreOptions(Option<string> Path, Option<string> Kind);

    private static Command Export(StoreOptions store)
    {
        var period = new Option<string>("--period") { Description = "意見募集の ID", Required = true };
        var format = new Option<string>("--format") { Description = "csv または json", DefaultValueFactory = _ => "csv" };
        AllowedValues.Restrict(format, "csv", "json");
        var output = new Option<string?>("--output") { Description = "書き出すファイル（省略すると標準出力）" };
        var command = new Command("export", "意見募集に寄せられた意見を書き出します（この操作は記録されます）") { period, format, output };
        var site = new Option<string>("--site")
        {
            Description = "作ったサイトのフォルダ（意見募集の一覧を読みます。既定: 環境変数 Comments__SitePath、なければ output）",
            DefaultValueFactory = _ => Environment.GetEnvironmentVariable("Comments__SitePath") ?? Disclosure.Comments.Site.SiteSources.DefaultSitePath,
        };
        command.Options.Add(site);
        command.SetAction(async parsed => await WithStore(parsed, store, async comments =>
        {
            var format_ = parsed.GetValue(format)!;
            var id = parsed.GetValue(period)!;
            if (await UnknownPeriodAsync(comments, id, parsed.GetValue(site)!) is { } problem)
            {
                await Console.Error.WriteLineAsync(problem);
                return 1;
            }
            var rows = await comments.ReadForStaffAsync(id, Actor, $"export-{format_}-cli");
            var path = parsed.GetValue(output);
            await using var destination = path is null ? Console.OpenStandardOutput() : File.Create(path);
            if (format_ == "json")
            {
                await CommentExport.WriteJsonAsync(destination, rows);
            }
            else
            {
                await CommentExport.WriteCsvAsync(destination, rows);
            }
            await Console.Error.WriteLineAsync($"{rows.Count} 件を書き出しました。");
            return 0;
        }));
        return command;
    }

    /// <summary>
    /// A period neither in the store nor on the site is a typo, not a period nobody wrote to: said so, with the ids
    /// there are. A period of the site with no submissions yet exports an empty file.
    /// </summary>
    private static async Task<string?> UnknownPeriodAsync(ICommentStore comments, string id, string sitePath)
    {
        var stored = await comments.PeriodIdsAsync();
        var onSite = Disclosure.Comments.Periods.PeriodFile.TryRead(sitePath)?.Periods.Keys.Order(StringComparer.Ordinal).ToList();
        if (stored.Contains(id) || onSite?.Contains(id) == true)
        {
            return null;
        }
        var lines = new List<string> { $"意見募集「{id}」は見つかりません。ID を確認してください。" };
        lines.Add(stored.Count > 0 ? $"意見が保存されている意見募集: {string.Join(", ", stored)}" : "意見が保存されている意見募集はまだありません。");
        lines.Add(onSite is null
            ? $"サイトの意見募集の一覧（{Path.Combine(sitePath, Disclosure.Comments.Periods.PeriodFile.RelativePath)}）は読めませんでした（--site でサイトのフォルダを指定できます）。"
            : $"サイトの意見募集: {(onSite.Count > 0 ? string.Join(", ", onSite) : "なし")}");
        return string.Join(Environment.NewLine, lines);
    }

    private static Command AccessLog(StoreOptions store)
    {
        var command = new Command("access-log", "意見（個人情報を含む）へのアクセス記録を表示します");
        command.SetAction(async parsed => await WithStore(parsed, store, async comments =>
        {
            var entries = await comments.ReadAccessLogAsync();
            Console.WriteLine("日時\t利用者\t操作\t意見募集\t件数");
            foreach (var e in entries)
            {
                Console.WriteLine($"{StoreTime.Format(e.At)}\t{e.Actor}\t{e.Action}\t{e.PeriodId ?? "-"}\t{e.Rows}");
            }
            return 0;
        }));
        return command;
    }

    private static Command Purge(StoreOptions store)
    {
        var days = new Option<int>("--older-than") { Description = "締切からこの日数を過ぎた意見募集が対象", Required = true };
        days.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 0)
            {
                result.AddError("--older-than には 0 以上の日数を指定してください。");
            }
        });
        var command = new Command("purge", "締切から日数が過ぎた意見の氏名・メールアドレス・住所を削除します（意見の本文は残ります）") { days };
        command.SetAction(async parsed => await WithStore(parsed, store, async comments =>
        {
            var today = TokyoTime.DateOf(DateTimeOffset.UtcNow);
            var before = today.AddDays(-parsed.GetValue(days));
            var purged = await comments.PurgePersonalDataAsync(before, Actor);
            Console.WriteLine($"{before.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} より前に締め切った意見募集の {purged} 件から、氏名・メールアドレス・住所を削除しました。");
            return 0;
        }));
        return command;
    }

    /// <summary>A consistent copy of a SQLite store, taken while the server runs (SQLite's online backup API).</summary>
    private static Command Backup(StoreOptions store)
    {
        var to = new Option<string>("--to") { Description = "写しを書き出す SQLite ファイル（既にあれば上書きしません）", Required = true };
        var command = new Command("backup", "意見の保存先（SQLite）の写しを、サーバーを止めずに作ります（PostgreSQL は pg_dump を使います）") { to };
        command.SetAction(async parsed =>
        {
            if (parsed.GetValue(store.Kind) != CommentStores.Sqlite)
            {
                await Console.Error.WriteLineAsync("backup は SQLite の保存先のためのものです。PostgreSQL は pg_dump で写しを作ってください（README「Running the comment server」）。");
                return 1;
            }
            var source = parsed.GetValue(store.Path)!;
            var target = parsed.GetValue(to)!;
            if (!await SqliteFileExistsAsync(source))
            {
                return 1;
            }
            if (File.Exists(target))
            {
                await Console.Error.WriteLineAsync($"「{target}」は既にあります。別のファイル名を指定してください。");
                return 1;
            }
            try
            {
                var rows = StoreBackup.Copy(source, target);
                Console.WriteLine($"{Path.GetFullPath(source)} の写しを {Path.GetFullPath(target)} に作りました（意見 {rows} 件）。");
                return 0;
            }
            catch (Exception e) when (e is System.Data.Common.DbException or IOException or UnauthorizedAccessException)
            {
                await Console.Error.WriteLineAsync($"写しを作れませんでした: {e.Message}");
                return 1;
            }
        });
        return command;
    }

    /// <summary>A staff command never creates an empty store where the clerk mistyped the path: it says so instead.</summary>
    private static async Task<bool> SqliteFileExistsAsync(string path)
    {
        if (File.Exists(path))
        {
            return true;
        }
        await Console.Error.WriteLineAsync($"意見の保存ファイル「{path}」がありません。--store で場所を指定してください。");
        return false;
    }

    internal static async Task<int> WithStore(ParseResult parsed, StoreOptions options, Func<ICommentStore, Task<int>> action)
    {
        var kind = parsed.GetValue(options.Kind)!;
        var path = parsed.GetValue(options.Path)!;
        if (kind == CommentStores.Sqlite && !await SqliteFileExistsAsync(path))
        {
            return 1;
        }
        if (kind == CommentStores.Postgres && string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable("Comments__PostgresConnectionString")))
        {
            await Console.Error.WriteLineAsync("PostgreSQL の接続文字列がありません。環境変数 Comments__PostgresConnectionString に設定してください。");
            return 1;
        }
        ICommentStore store;
        try
        {
            store = CommentStores.Open(kind, path, Environment.GetEnvironmentVariable("Comments__PostgresConnectionString"));
        }
        catch (Exception e) when (e is System.Data.Common.DbException or InvalidOperationException)
        {
            await Console.Error.WriteLineAsync($"意見の保存先を開けません: {e.Message}");
            return 1;
        }
        await using (store)
        {
            return await action(store);
        }
    }
}
