namespace Disclosure.Cli.Search;

/// <summary>Finds a program on PATH the way a shell would, without running it.</summary>
public static class ExecutableSearch
{
    /// <returns>The full path of the first match, or null when the program is not installed.</returns>
    public static string? Find(string name)
    {
        var names = OperatingSystem.IsWindows() ? new[] { name + ".cmd", name + ".exe", name } : [name];
        var folders = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        return folders.SelectMany(folder => names.Select(n => Path.Combine(folder, n))).FirstOrDefault(IsExecutable);
    }

    private static bool IsExecutable(string path)
    {
        if (!File.Exists(path))
        {
            return false;
        }
        return OperatingSystem.IsWindows()
            || (File.GetUnixFileMode(path) & (UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute)) != 0;
    }
}
