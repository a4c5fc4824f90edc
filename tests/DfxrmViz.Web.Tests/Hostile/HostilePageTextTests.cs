using Bunit;
using DfxrmViz.Core.Data;
using DfxrmViz.Core.Planning;
using DfxrmViz.Core.Scattering;
using DfxrmViz.Storage.Rooms;
using DfxrmViz.Web.Components.Crystal;
using DfxrmViz.Web.Components.Lens;
using DfxrmViz.Web.Components.Rooms;
using DfxrmViz.Web.Tests.Components;
using DfxrmViz.Web.Tests.Rooms;
using static DfxrmViz.Core.Tests.Hostile.HostilePayloads;

namespace DfxrmViz.Web.Tests.Hostile;

/// <summary>Issue 15 "Hostile text" on the page: each payload of <see cref="Core.Tests.Hostile.HostilePayloads"/> in the
/// CIF (data name, chemical name, atom label), its file name, the .lens file's name and a .lens key, and a room member's
/// display name is rendered as text: it is in the elements' text, the markup holds it HTML-encoded, and no element, attribute
/// or script comes of it.</summary>
public class HostilePageTextTests
{
    [Theory]
    [MemberData(nameof(Names), MemberType = typeof(Core.Tests.Hostile.HostilePayloads))]
    public async Task Cif_and_file_name_payloads_render_as_text(string name)
    {
        var payload = Named(name);
        await using var ctx = MudContext.Create();
        var session = await ctx.OpenAsync(MudContext.Builtin("Si"));
        var cut = ctx.Render<CrystalSection>();
        var input = ctx.Render<CrystalInput>();
        await cut.InvokeAsync(() => session.LoadCif(payload, Cif(payload)));
        cut.WaitForAssertion(() => Assert.Equal(2, cut.FindAll("#atom-sites tbody tr").Count));

        // Each component re-renders on its own turn of the dispatcher after the session's change: wait for the input's too.
        input.WaitForAssertion(() => Assert.Contains(AsShown(ChemicalName(payload)), input.Find("#crystal-current").TextContent, StringComparison.Ordinal));
        var current = input.Find("#crystal-current").TextContent;
        Assert.Contains(AsShown(payload), current, StringComparison.Ordinal); // the file name
        Assert.Equal(AsShown(Label(payload)), cut.Find("#atom-sites tbody tr td").TextContent);
        NoMarkupFrom(cut);
        NoMarkupFrom(input);
    }

    [Theory]
    [MemberData(nameof(Names), MemberType = typeof(Core.Tests.Hostile.HostilePayloads))]
    public async Task A_lens_file_key_payload_renders_as_text(string name)
    {
        var payload = Named(name);
        if (payload.Any(char.IsControl))
        {
            return; // TOML cannot hold a control character in a key: the file is refused (LensTomlParser), nothing to show
        }
        var key = payload.Contains('"', StringComparison.Ordinal) ? $"'{payload}' = 1\n" : $"\"{payload}\" = 1\n";
        await using var ctx = MudContext.Create();
        await ctx.OpenAsync(MudContext.Builtin("Si") with
        {
            Hkl = new Hkl(2, 2, 0),
            Lens = new LensSource(null, key + EmbeddedData.ReadText("Lenses/id06.lens"), payload),
        });
        var cut = ctx.Render<LensSection>();
        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("#lens-unused")));
        Assert.Contains($"{AsShown(payload)} (line 1)", cut.Find("#lens-unused").TextContent, StringComparison.Ordinal);
        NoMarkupFrom(cut);
    }

    [Theory]
    [MemberData(nameof(Names), MemberType = typeof(Core.Tests.Hostile.HostilePayloads))]
    public async Task A_display_name_payload_is_cleaned_to_one_line_and_renders_as_text(string name)
    {
        var payload = Named(name);
        await using var h = await RoomHarness.StartAsync();
        var id = await h.CreateRoomAsync(Plan.Example);
        var a = await h.JoinAsync(id);
        var b = await h.JoinAsync(id);
        await b.Link.RenameAsync(payload);
        // Storage RoomNames.Clean: controls and format characters (U+202E) dropped, cut at 40, a lone surrogate as U+FFFD.
        var expected = RoomNames.Clean(payload, new RoomOptions().MaxDisplayNameLength) ?? RoomNames.Guest(2);
        await RoomHarness.UntilAsync(() => a.Link.Members.Any(m => m.DisplayName == expected), "A sees B's cleaned name");

        await using var ctx = MudContext.Create();
        var cut = ctx.Render<RoomBar>(p => p.Add(x => x.Link, a.Link));
        Assert.Contains(expected, cut.FindAll(".room-member-name").Select(n => n.TextContent));
        Assert.True(expected.Length <= 40);
        Assert.DoesNotContain(expected, c => char.IsControl(c) || c == '\u202E');
        Assert.Equal(AsUtf8(expected), expected); // no lone surrogate
        NoMarkupFrom(cut);
    }

    /// <summary>What the page's text holds of <paramref name="text"/> as bUnit reads it back. Blazor gives the browser text
    /// nodes, which keep every character; bUnit instead parses the HTML-encoded markup, and an HTML parser drops NUL (WHATWG
    /// HTML §13.2.6.4.7 "in body") and reads CR as LF (§13.2.3.5); everything else, lone surrogates too, is kept as given.</summary>
    private static string AsShown(string text) => text.Replace("\0", "", StringComparison.Ordinal).Replace('\r', '\n');

    private static void NoMarkupFrom<T>(IRenderedComponent<T> cut)
        where T : Microsoft.AspNetCore.Components.IComponent
    {
        Assert.Empty(cut.FindAll("script"));
        Assert.Empty(cut.FindAll("img"));
        Assert.Empty(cut.FindAll("[onerror]"));
        Assert.Empty(cut.FindAll("[injected]"));
        Assert.DoesNotContain("<script", cut.Markup, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", cut.Markup, StringComparison.OrdinalIgnoreCase);
    }
}
