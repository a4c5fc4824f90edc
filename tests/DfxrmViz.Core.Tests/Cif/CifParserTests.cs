using DfxrmViz.Core.Cif;
using DfxrmViz.Core.Diagnostics;

namespace DfxrmViz.Core.Tests.Cif;

public class CifParserTests
{
    private const string Sample = """
        #\#CIF_2.0
        # comment line
        data_test
        _a  1.5(2)   # trailing comment
        _b 'it''s quoted'
        _c "double q"
        _d
        ;
         text field
        line two
        ;
        _e ?
        _f .
        _g '?'
        _list [1 2 [3 4]]
        loop_
        _x _y
        1 'a b'
        2 "c#d"
        data_second
        _cell_length_a 3
        """;

    [Fact]
    public void Reads_blocks_pairs_quotes_text_fields_and_loops_with_lines()
    {
        var doc = CifParser.Parse(Sample);
        Assert.Equal(["test", "second"], doc.BlockNames.ToArray());
        var b = doc.Blocks[0];
        Assert.Equal("1.5(2)", b.Find("_A")!.Value.Text);
        Assert.Equal(4, b.Find("_a")!.Value.Line);
        Assert.Equal(5, b.Find("_a")!.Value.Column);
        Assert.Equal("it''s quoted", b.Find("_b")!.Value.Text); // CIF 1.1: a quote not followed by blank does not close
        Assert.Equal("double q", b.Find("_c")!.Value.Text);
        Assert.Equal(" text field\nline two", b.Find("_d")!.Value.Text);
        Assert.Equal(8, b.Find("_d")!.Value.Line);
        Assert.True(b.Find("_e")!.Value.IsUnknown);
        Assert.True(b.Find("_f")!.Value.IsInapplicable);
        Assert.False(b.Find("_g")!.Value.IsUnknown);
        Assert.Equal("[1 2 [3 4]]", b.Find("_list")!.Value.Text);
        var loop = b.FindLoop("_y")!;
        Assert.Equal(2, loop.RowCount);
        Assert.Equal("a b", loop[0, 1].Text);
        Assert.Equal("c#d", loop[1, 1].Text);
        Assert.Equal(19, loop[1, 0].Line);
    }

    [Fact]
    public void Crlf_line_endings_give_the_same_lines()
    {
        var doc = CifParser.Parse(Sample.Replace("\n", "\r\n", StringComparison.Ordinal));
        Assert.Equal(" text field\nline two", doc.Blocks[0].Find("_d")!.Value.Text);
        Assert.Equal(19, doc.Blocks[0].FindLoop("_x")![1, 0].Line);
    }

    [Fact]
    public void Duplicate_with_an_empty_second_value_is_a_warning_but_different_values_are_an_error()
    {
        var ok = CifParser.Parse("data_x\n_t 'A'\n_t ''\n");
        Assert.Equal("A", ok.Blocks[0].Find("_t")!.Value.Text);
        Assert.Single(ok.Blocks[0].Warnings);
        var e = Assert.Throws<InputException>(() => CifParser.Parse("data_x\n_t 1\n_t 2\n"));
        Assert.Equal(3, e.Problem.Line);
        Assert.Equal("_t", e.Problem.Tag);
    }

    [Fact]
    public void Triple_quoted_strings_may_span_lines()
    {
        var doc = CifParser.Parse("data_x\n_t '''a\nb'''\n_u 1\n");
        Assert.Equal("a\nb", doc.Blocks[0].Find("_t")!.Value.Text);
        Assert.Equal(4, doc.Blocks[0].Find("_u")!.Value.Line);
    }
}
