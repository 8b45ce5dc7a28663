using Disclosure.Comments.Receipts;

namespace Disclosure.Comments.Tests;

/// <summary>Receipt numbers are read over the phone and typed back: no confusable characters, and a check character.</summary>
public sealed class ReceiptNumberTests
{
    private const string Pattern = "^[2-9A-HJ-NP-Z]{3}-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}$";

    public static TheoryData<string> Samples()
    {
        var data = new TheoryData<string>();
        for (var i = 0; i < 5; i++)
        {
            data.Add(ReceiptNumber.New());
        }
        data.Add("222-2222-2222"); // every body character at the start of the alphabet
        return data;
    }

    [Fact]
    public void The_alphabet_has_32_characters_without_0_1_I_and_O()
    {
        Assert.Equal(32, ReceiptNumber.Alphabet.Length);
        Assert.Equal(32, ReceiptNumber.Alphabet.Distinct().Count());
        Assert.DoesNotContain('0', ReceiptNumber.Alphabet);
        Assert.DoesNotContain('1', ReceiptNumber.Alphabet);
        Assert.DoesNotContain('I', ReceiptNumber.Alphabet);
        Assert.DoesNotContain('O', ReceiptNumber.Alphabet);
    }

    [Fact]
    public void New_numbers_have_the_format_never_contain_0_1_I_or_O_and_are_valid()
    {
        var seen = new HashSet<string>();
        for (var i = 0; i < 5000; i++)
        {
            var receipt = ReceiptNumber.New();
            Assert.Matches(Pattern, receipt);
            Assert.DoesNotContain(receipt, c => c is '0' or '1' or 'I' or 'O');
            Assert.Equal(receipt, ReceiptNumber.Normalize(receipt));
            seen.Add(receipt);
        }
        Assert.Equal(5000, seen.Count);
    }

    [Fact]
    public void New_numbers_use_every_character_of_the_alphabet_in_every_position()
    {
        var positions = Enumerable.Range(0, 13).Where(i => i is not (3 or 8)).ToArray();
        var used = positions.ToDictionary(p => p, _ => new HashSet<char>());
        for (var i = 0; i < 5000; i++)
        {
            var receipt = ReceiptNumber.New();
            foreach (var p in positions)
            {
                used[p].Add(receipt[p]);
            }
        }
        Assert.All(positions, p => Assert.Equal(32, used[p].Count));
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Normalize_accepts_lower_case_missing_hyphens_and_spaces(string receipt)
    {
        var compact = receipt.Replace("-", "");
        Assert.Equal(receipt, ReceiptNumber.Normalize(receipt));
        Assert.Equal(receipt, ReceiptNumber.Normalize(receipt.ToLowerInvariant()));
        Assert.Equal(receipt, ReceiptNumber.Normalize(compact));
        Assert.Equal(receipt, ReceiptNumber.Normalize(compact.ToLowerInvariant()));
        Assert.Equal(receipt, ReceiptNumber.Normalize($" {compact[..3]} {compact[3..7]} {compact[7..]} "));
        Assert.Equal(receipt, ReceiptNumber.Normalize(compact[..5] + "-" + compact[5..]));
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Every_single_character_substitution_is_rejected(string receipt)
    {
        var accepted = new List<string>();
        for (var position = 0; position < receipt.Length; position++)
        {
            foreach (var c in ReceiptNumber.Alphabet)
            {
                if (c == receipt[position])
                {
                    continue;
                }
                var typo = receipt[..position] + c + receipt[(position + 1)..];
                if (ReceiptNumber.Normalize(typo) is not null)
                {
                    accepted.Add(typo);
                }
            }
        }
        Assert.Empty(accepted);
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Confusable_and_foreign_characters_are_rejected(string receipt)
    {
        foreach (var c in "01IOio!? ")
        {
            Assert.Null(ReceiptNumber.Normalize(c + receipt[1..]));
        }
        Assert.Null(ReceiptNumber.Normalize(receipt[..^1]));
        Assert.Null(ReceiptNumber.Normalize(receipt + "2"));
        Assert.Null(ReceiptNumber.Normalize(""));
        Assert.Null(ReceiptNumber.Normalize("２２２-２２２２-２２２２")); // full-width digits
    }

    /// <summary>
    /// Luhn mod 32 catches every swap of two neighbouring characters except one pair: the first and the last of
    /// the alphabet ('2' and 'Z'), whose weighted values differ by exactly the modulus.
    /// </summary>
    [Theory]
    [MemberData(nameof(Samples))]
    [InlineData("2Z2-Z2Z2-Z2Z2")]
    public void Swaps_of_neighbouring_characters_are_rejected_except_2_and_Z(string receipt)
    {
        var normalized = ReceiptNumber.Normalize(receipt);
        if (normalized is null)
        {
            // The hand-written sample: give it its check character by trying each.
            normalized = ReceiptNumber.Alphabet.Select(c => ReceiptNumber.Normalize(receipt[..^1] + c)).Single(r => r is not null);
        }
        var compact = normalized!.Replace("-", "");
        for (var i = 0; i + 1 < compact.Length; i++)
        {
            if (compact[i] == compact[i + 1])
            {
                continue;
            }
            var swapped = compact[..i] + compact[i + 1] + compact[i] + compact[(i + 2)..];
            var pair = string.Concat(new[] { compact[i], compact[i + 1] }.Order());
            if (pair == "2Z")
            {
                continue;
            }
            Assert.True(ReceiptNumber.Normalize(swapped) is null, $"swapping positions {i} and {i + 1} of {normalized} gives {swapped}, which is accepted");
        }
    }
}
