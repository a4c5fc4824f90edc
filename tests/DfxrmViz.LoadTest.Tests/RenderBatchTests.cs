using System.Globalization;
using System.IO.Compression;
using System.Text.Json.Nodes;
using DfxrmViz.Core.Units;

namespace DfxrmViz.LoadTest.Tests;

public sealed class RenderBatchTests
{
    private static byte[] Fixture(string name)
    {
        using var file = File.OpenRead(Path.Combine(AppContext.BaseDirectory, "Fixtures", name));
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var copy = new MemoryStream();
        gzip.CopyTo(copy);
        return copy.ToArray();
    }

    private static string Wavelength(double energyKeV) =>
        Photon.WavelengthA(energyKeV).ToString("0.######", CultureInfo.InvariantCulture);

    [Fact]
    public void Page_batch_decodes_to_the_counts_a_separate_reader_found()
    {
        var batch = RenderBatch.Parse(Fixture("page-batch.bin.gz"));

        Assert.Equal(1574, batch.Diffs.Count);
        Assert.Equal(16584, batch.ReferenceFrames.Count);
        Assert.Single(batch.DisposedComponentIds);
        Assert.Equal(4, batch.DisposedEventHandlerIds.Count);
    }

    [Fact]
    public void Page_batch_has_the_energy_input_with_its_value_and_change_handler()
    {
        var batch = RenderBatch.Parse(Fixture("page-batch.bin.gz"));

        var input = Enumerable.Range(0, batch.ReferenceFrames.Count)
            .Single(i => batch.ReferenceFrames[i].Type == FrameType.Element &&
                         batch.AttributesOf(i).Any(a => a is { Name: "id", Value: "energy-kev" }));
        Assert.Equal("input", batch.ReferenceFrames[input].Name);
        var attributes = batch.AttributesOf(input).ToList();
        Assert.Contains(attributes, a => a is { Name: "value", Value: "17" });
        Assert.Equal(557UL, attributes.Single(a => a.Name == "onchange").EventHandlerId);
        Assert.Equal(665, batch.FrameOwners()[input]);
    }

    [Fact]
    public void Field_handler_finds_the_input_then_follows_its_replaced_handler()
    {
        var page = RenderBatch.Parse(Fixture("page-batch.bin.gz"));
        var edit = RenderBatch.Parse(Fixture("edit-batch.bin.gz"));
        var field = new FieldHandler("energy-kev");

        field.Observe(page);
        Assert.Equal((557UL, 665), (field.HandlerId, field.ComponentId));

        // The edit's render disposes 557 and gives the component's onchange a new id (two renders of it in this batch).
        Assert.Contains(557UL, edit.DisposedEventHandlerIds);
        field.Observe(edit);
        Assert.Equal((963UL, 665), (field.HandlerId, field.ComponentId));
    }

    [Fact]
    public void Field_handler_of_a_field_not_on_the_page_stays_unknown()
    {
        var other = new FieldHandler("no-such-field");

        other.Observe(RenderBatch.Parse(Fixture("page-batch.bin.gz")));
        other.Observe(RenderBatch.Parse(Fixture("edit-batch.bin.gz")));

        Assert.Equal((0UL, -1), (other.HandlerId, other.ComponentId));
    }

    [Fact]
    public void Edit_batch_shows_the_wavelength_of_the_new_energy_and_the_page_that_of_the_old()
    {
        var facts = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "edit-batch.json")))!;
        var energy = double.Parse((string)facts["energyKeV"]!, CultureInfo.InvariantCulture);
        var page = RenderBatch.Parse(Fixture("page-batch.bin.gz"));
        var edit = RenderBatch.Parse(Fixture("edit-batch.bin.gz"));

        Assert.Equal((string)facts["wavelengthA"]!, Wavelength(energy));
        Assert.True(edit.Shows(Wavelength(energy)));
        Assert.False(page.Shows(Wavelength(energy)));
        Assert.True(page.Shows(Wavelength(17)));
        Assert.False(edit.Shows(Wavelength(17)));
    }

    [Fact]
    public void Shows_finds_text_inside_static_markup()
    {
        var batch = RenderBatch.Parse(Fixture("page-batch.bin.gz"));
        var markup = batch.ReferenceFrames.First(f => f.Type == FrameType.Markup && f.Value!.Length > 20).Value!;

        Assert.True(batch.Shows(markup[5..15]));
        Assert.False(batch.Shows("text that is nowhere on the page 4f1c"));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(19)]
    [InlineData(1000)]
    public void Truncated_batch_is_refused_with_a_message_naming_the_batch(int keep)
    {
        var data = Fixture("edit-batch.bin.gz");

        var ex = Assert.Throws<FormatException>(() => RenderBatch.Parse(data.AsSpan(0, Math.Min(keep, data.Length))));

        Assert.StartsWith("render batch:", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Count_that_runs_past_the_end_is_refused()
    {
        var data = Fixture("edit-batch.bin.gz");
        var frames = BitConverter.ToInt32(data, data.Length - 16);
        BitConverter.GetBytes(int.MaxValue / 2).CopyTo(data, frames);

        var ex = Assert.Throws<FormatException>(() => RenderBatch.Parse(data));

        Assert.Contains("reference frames count", ex.Message, StringComparison.Ordinal);
    }
}
