namespace Disclosure.Cli.Search;

/// <summary>
/// Pagefind, installed with npm on first use into the user's cache — never into the site, the output or the
/// repository — and reused by every later build. The version is pinned so that a site's index is made the same
/// way on every machine; its npm package carries the "extended" binary, the one that segments Japanese.
/// </summary>
public sealed class PagefindInstallation(string cacheRoot)
{
    public const string Version = "1.6.0";

    private static readonly TimeSpan InstallLimit = TimeSpan.FromMinutes(5);

    /// <summary>In <c>$XDG_CACHE_HOME</c> (or <c>~/.cache</c>); on Windows in the local application data folder.</summary>
    public static PagefindInstallation InUserCache() => new(DefaultCacheRoot());

    /// <summary>Where this version lives: <c>~/.cache/disclosure/pagefind/1.6.0/</c>.</summary>
    public string Folder { get; } = Path.Combine(cacheRoot, "disclosure", "pagefind", Version);

    /// <summary>The Pagefind executable, installed first if this machine has never used this version.</summary>
    /// <param name="say">Told, in one line, when an installation starts (it takes a few seconds, once).</param>
    /// <exception cref="SearchUnavailableException">Node.js or npm is missing, or the installation failed.</exception>
    public async Task<string> ExecutableAsync(Action<string> say)
    {
        if (Installed(Folder) is { } executable)
        {
            return executable;
        }
        var npm = ExecutableSearch.Find("npm");
        if (npm is null || ExecutableSearch.Find("node") is null)
        {
            throw new SearchUnavailableException(
                "検索索引を作るには Node.js（npm）が必要です。https://nodejs.org/ から入れると、次のビルドから検索が使えます。");
        }
        say($"検索索引を作る Pagefind {Version} を npm で {Folder} に入れています（初回だけ）…");
        return await InstallAsync(npm);
    }

    private async Task<string> InstallAsync(string npm)
    {
        // Installed beside its final place and then renamed, so that two builds starting at once never see half an
        // installation: whichever finishes second finds the folder taken and uses the first one's.
        var parent = Path.GetDirectoryName(Folder)!;
        Directory.CreateDirectory(parent);
        var staging = Path.Combine(parent, $".{Version}.installing-{Guid.NewGuid():N}");
        Directory.CreateDirectory(staging);
        try
        {
            ExternalProcess.Outcome outcome;
            try
            {
                outcome = await ExternalProcess.RunAsync(npm,
                    ["install", "--prefix", staging, "--no-save", "--no-package-lock", "--no-audit", "--no-fund",
                        "--ignore-scripts", "--loglevel=error", $"pagefind@{Version}"],
                    staging, InstallLimit);
            }
            catch (TimeoutException e)
            {
                throw new SearchUnavailableException($"Pagefind を npm で入れられませんでした（{e.Message}）。ネットワークを確かめてください。");
            }
            if (outcome.ExitCode != 0 || Installed(staging) is null)
            {
                throw new SearchUnavailableException(
                    $"Pagefind を npm で入れられませんでした（終了コード {outcome.ExitCode}：{outcome.LastErrorLine}）。ネットワークと npm の設定を確かめてください。");
            }
            MoveIntoPlace(staging);
        }
        finally
        {
            if (Directory.Exists(staging))
            {
                Directory.Delete(staging, recursive: true);
            }
        }
        return Installed(Folder) ?? throw new SearchUnavailableException($"Pagefind を入れたはずの {Folder} に実行ファイルがありません。");
    }

    private void MoveIntoPlace(string staging)
    {
        if (Directory.Exists(Folder) && Installed(Folder) is null)
        {
            // Left broken by an interrupted or hand-edited cache: replace it.
            Directory.Delete(Folder, recursive: true);
        }
        try
        {
            Directory.Move(staging, Folder);
        }
        catch (IOException) when (Installed(Folder) is not null)
        {
            // Another build installed the same version meanwhile; use that one.
        }
    }

    /// <summary>
    /// The binary npm put in the platform package (<c>@pagefind/linux-x64/bin/pagefind_extended</c>); the extended
    /// one is preferred, as only it splits Japanese text into words.
    /// </summary>
    private static string? Installed(string folder)
    {
        var platforms = Path.Combine(folder, "node_modules", "@pagefind");
        if (!Directory.Exists(platforms))
        {
            return null;
        }
        var suffix = OperatingSystem.IsWindows() ? ".exe" : "";
        var binaries = Directory.EnumerateDirectories(platforms).Select(p => Path.Combine(p, "bin")).ToList();
        return new[] { "pagefind_extended", "pagefind" }
            .SelectMany(name => binaries.Select(bin => Path.Combine(bin, name + suffix)))
            .FirstOrDefault(File.Exists);
    }

    private static string DefaultCacheRoot()
    {
        if (OperatingSystem.IsWindows())
        {
            return Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData);
        }
        var xdg = Environment.GetEnvironmentVariable("XDG_CACHE_HOME");
        return !string.IsNullOrEmpty(xdg) && Path.IsPathRooted(xdg)
            ? xdg
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache");
    }
}
