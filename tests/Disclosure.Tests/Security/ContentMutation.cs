using System.Text;

namespace Disclosure.Tests.Security;

/// <summary>One change a fuzz case makes to a copy of the example content, described so a failing case can be read.</summary>
/// <param name="File">Index into the content's files (taken modulo their number).</param>
/// <param name="Where">How far into the file, in thousandths.</param>
public sealed record ContentMutation(MutationKind Kind, int File, int Where, string Payload)
{
    public override string ToString() => $"{Kind} file#{File} at {Where}‰: {Escape(Payload)}";

    /// <summary>Applies the change to the content folder at <paramref name="root"/> holding <paramref name="files"/> (content-relative, sorted).</summary>
    public void Apply(string root, IReadOnlyList<string> files)
    {
        var relative = files[File % files.Count];
        var path = Path.Combine(root, relative);
        if (!System.IO.File.Exists(path))
        {
            return;
        }
        switch (Kind)
        {
            case MutationKind.ReplaceYamlValue:
                ReplaceYamlValue(path);
                break;
            case MutationKind.InsertMarkdownLine:
                InsertLine(path);
                break;
            case MutationKind.InsertBytes:
                var bytes = System.IO.File.ReadAllBytes(path);
                var at = (int)((long)bytes.Length * Where / 1000);
                System.IO.File.WriteAllBytes(path, [.. bytes[..at], .. Encoding.Latin1.GetBytes(Payload), .. bytes[at..]]);
                break;
            case MutationKind.Truncate:
                var all = System.IO.File.ReadAllBytes(path);
                System.IO.File.WriteAllBytes(path, all[..(int)((long)all.Length * Where / 1000)]);
                break;
            case MutationKind.RenameFile:
                var renamed = Path.Combine(Path.GetDirectoryName(path)!, Payload);
                if (!Path.Exists(renamed) && Payload.Length > 0 && !Payload.Contains('/') && Payload is not ("." or ".."))
                {
                    System.IO.File.Move(path, renamed);
                }
                break;
            case MutationKind.CopyWithCaseVariant:
                var variant = Path.Combine(Path.GetDirectoryName(path)!, Path.GetFileName(path).ToUpperInvariant());
                if (!Path.Exists(variant))
                {
                    System.IO.File.Copy(path, variant);
                }
                break;
            case MutationKind.LinkOutside:
                var link = Path.Combine(Path.GetDirectoryName(path)!, Payload);
                if (!Path.Exists(link) && Payload.Length > 0 && !Payload.Contains('/'))
                {
                    System.IO.File.CreateSymbolicLink(link, "/etc/passwd");
                }
                break;
        }
    }

    private void ReplaceYamlValue(string path)
    {
        var lines = System.IO.File.ReadAllText(path).Split('\n');
        var keyed = Enumerable.Range(0, lines.Length).Where(i => lines[i].Contains(": ", StringComparison.Ordinal)).ToList();
        if (keyed.Count == 0)
        {
            return;
        }
        var i = keyed[(int)((long)(keyed.Count - 1) * Where / 1000)];
        lines[i] = lines[i][..(lines[i].IndexOf(": ", StringComparison.Ordinal) + 2)] + Payload;
        System.IO.File.WriteAllText(path, string.Join('\n', lines));
    }

    private void InsertLine(string path)
    {
        var lines = System.IO.File.ReadAllText(path).Split('\n').ToList();
        lines.Insert((int)((long)lines.Count * Where / 1000), Payload);
        System.IO.File.WriteAllText(path, string.Join('\n', lines));
    }

    private static string Escape(string text) => text.Length > 80
        ? Escape(text[..80]) + $"…({text.Length} chars)"
        : string.Concat(text.Select(c => char.IsControl(c) || char.IsSurrogate(c) ? $"\\u{(int)c:X4}" : c.ToString()));
}

public enum MutationKind
{
    ReplaceYamlValue,
    InsertMarkdownLine,
    InsertBytes,
    Truncate,
    RenameFile,
    CopyWithCaseVariant,
    LinkOutside,
}
