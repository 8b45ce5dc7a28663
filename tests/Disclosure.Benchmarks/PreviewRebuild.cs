using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Disclosure.Testing;

/// <summary>
/// <c>disclosure serve</c> as staff run it, measured from outside: one assessment file is saved, and the time until
/// the browser is told to reload (the Server-Sent Events "reload" event) is taken; the changed page is then fetched
/// to make sure the reload shows the change. Saves alternate between a body edit and a title edit (which changes
/// the list pages too).
/// </summary>
public static partial class PreviewRebuild
{
    public static async Task<int> RunAsync(string cli, string content, string theme, int runs)
    {
        var port = CommentServerProcess.FreePort();
        var output = Path.Combine(Path.GetTempPath(), "disclosure-preview-bench-" + Guid.NewGuid().ToString("N"));
        var basePath = BaseUrlPath().Match(await File.ReadAllTextAsync(Path.Combine(content, "site.yml"))).Groups[1].Value;
        var file = Directory.EnumerateFiles(Path.Combine(content, "assessments"), "*.md").Order(StringComparer.Ordinal).Skip(100).First();
        var id = Path.GetFileNameWithoutExtension(file);
        var original = await File.ReadAllTextAsync(file);
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { cli, "serve", "--content", content, "--theme", theme, "--output", output, "--port", port.ToString(CultureInfo.InvariantCulture), "--now", "2026-11-30" })
        {
            start.ArgumentList.Add(argument);
        }
        using var server = Process.Start(start)!;
        // The preview's own report of each build (its time, pages and files), shown under the save it belongs to.
        server.OutputDataReceived += (_, e) => { if (e.Data?.Contains("ビルドしました", StringComparison.Ordinal) == true) { Console.WriteLine("  preview: " + e.Data); } };
        server.ErrorDataReceived += (_, e) => { if (e.Data is not null) { Console.Error.WriteLine(e.Data); } };
        server.BeginOutputReadLine();
        server.BeginErrorReadLine();
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromMinutes(5) };
        try
        {
            var clock = Stopwatch.StartNew();
            using var events = new StreamReader(await OpenEventsAsync(http));
            var generation = await NextReloadAsync(events, 0);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"first build (full, cold): {clock.Elapsed.TotalSeconds:0.0} s"));
            server.Refresh();
            var memoryAtStart = server.WorkingSet64;
            var times = new Dictionary<string, List<double>> { ["body"] = [], ["title"] = [] };
            var (title, body) = ("", "");
            for (var run = 1; run <= runs; run++)
            {
                // Each save changes only one thing: the body (the title stays as it was) or the title.
                var kind = run % 2 == 1 ? "body" : "title";
                var marker = $"計測{run}";
                (title, body) = kind == "body" ? (title, $"\n\n{marker}の段落。\n") : ($"{marker} ", body);
                var changed = original.Replace("\ntitle: ", $"\ntitle: {title}", StringComparison.Ordinal) + body;
                // A pause between saves, as between a person's edits: the preview collects garbage while it waits.
                await Task.Delay(TimeSpan.FromSeconds(3));
                var faults = PageFaults.Of(server.Id);
                clock.Restart();
                await File.WriteAllTextAsync(file, changed);
                generation = await NextReloadAsync(events, generation);
                var reload = clock.Elapsed.TotalMilliseconds;
                faults = PageFaults.Of(server.Id) - faults;
                var page = await http.GetStringAsync($"{basePath}assessments/{id}/");
                if (!page.Contains(marker, StringComparison.Ordinal))
                {
                    Console.Error.WriteLine($"run {run}: the reloaded page does not show the change");
                    return 1;
                }
                times[kind].Add(reload);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"run {run} ({kind} of {id}.md): save → reload {reload:0} ms, {faults} page faults"));
            }
            foreach (var (kind, list) in times.Where(t => t.Value.Count > 0))
            {
                list.Sort();
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{kind} change: median {list[list.Count / 2]:0} ms, max {list[^1]:0} ms over {list.Count} saves"));
            }
            // A preview runs for hours while staff edit: what each save leaves behind adds up.
            server.Refresh();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"memory of the preview: {memoryAtStart >> 20} MB after the first build, {server.WorkingSet64 >> 20} MB after {runs} saves"));
            return 0;
        }
        finally
        {
            await File.WriteAllTextAsync(file, original);
            server.Kill(entireProcessTree: true);
            await server.WaitForExitAsync();
            if (Directory.Exists(output))
            {
                Directory.Delete(output, recursive: true);
            }
        }
    }

    /// <summary>Waits for the preview to listen (it does before its first build), then opens the event stream.</summary>
    private static async Task<Stream> OpenEventsAsync(HttpClient http)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                var response = await http.GetAsync("/__disclosure/events?generation=0", HttpCompletionOption.ResponseHeadersRead);
                response.EnsureSuccessStatusCode();
                return await response.Content.ReadAsStreamAsync();
            }
            catch (HttpRequestException) when (attempt < 600)
            {
                await Task.Delay(100);
            }
        }
    }

    /// <summary>Reads events until a reload for a build newer than <paramref name="after"/>; returns its number.</summary>
    private static async Task<int> NextReloadAsync(StreamReader events, int after)
    {
        var type = "";
        while (await events.ReadLineAsync() is { } line)
        {
            if (line.StartsWith("event:", StringComparison.Ordinal))
            {
                type = line[6..].Trim();
            }
            else if (line.StartsWith("data:", StringComparison.Ordinal) && type == "reload"
                     && int.Parse(line[5..].Trim(), CultureInfo.InvariantCulture) is var generation && generation > after)
            {
                return generation;
            }
            else if (line.StartsWith("data:", StringComparison.Ordinal) && type == "error")
            {
                throw new InvalidOperationException("The preview reported build errors: " + line);
            }
        }
        throw new InvalidOperationException("The preview closed its event stream.");
    }

    [GeneratedRegex(@"base_url:\s*""?https?://[^/\s""]+(/[^\s""]*)")]
    private static partial Regex BaseUrlPath();
}
