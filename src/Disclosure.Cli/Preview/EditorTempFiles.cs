namespace Disclosure.Cli.Preview;

/// <summary>Files editors write beside the one being edited; they are not content, and rebuilding for them only adds noise.</summary>
public static class EditorTempFiles
{
    public static bool IsTemporary(string fileName)
    {
        var extension = Path.GetExtension(fileName);
        return fileName.EndsWith('~')                                          // backups of vim, emacs, gedit
            || fileName.StartsWith(".#", StringComparison.Ordinal)             // emacs lock files
            || (fileName.Length > 1 && fileName[0] == '#' && fileName[^1] == '#') // emacs auto-save
            || (extension.Length == 4 && extension.StartsWith(".sw", StringComparison.Ordinal)) // vim swap: .swp, .swo, .swx …
            || extension == ".swpx"
            || fileName == "4913"                                               // vim's test of whether the folder is writable
            || fileName.EndsWith("___jb_tmp___", StringComparison.Ordinal)      // JetBrains safe write
            || fileName.EndsWith("___jb_old___", StringComparison.Ordinal)
            || fileName == ".DS_Store";
    }
}
