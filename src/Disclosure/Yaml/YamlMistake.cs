namespace Disclosure.Yaml;

/// <summary>Where a YAML mistake is (1-based line and column in the YAML) and what to do about it, in Japanese.</summary>
public sealed record YamlMistake(int Line, int Column, string Hint);
