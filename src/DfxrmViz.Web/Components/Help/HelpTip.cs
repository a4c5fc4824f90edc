using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;

namespace DfxrmViz.Web.Components.Help;

/// <summary>One input or column title with its help text (<see cref="HelpTexts"/>): shown above it on hover and on keyboard
/// focus. Plain markup and CSS (wwwroot/css/app.css "Help tooltips"), not MudTooltip (four components with a popover each),
/// and render fragments, not a component: the page holds over a hundred of these, and as components each cost ~3 KB per
/// circuit and re-rendered with every render of its parent (its content is a fragment). Escape, the text's id and the
/// aria-describedby naming it come from wwwroot/js/help-tip.js when the focus arrives: an id counted here would change with
/// every render. A field wraps its input (focus inside shows it); a title is made focusable so the keyboard reaches it too.</summary>
public static class HelpTip
{
    /// <summary>A title (a column's, a numbers row's) with a tab stop: <c>@HelpTip.Title("crystal.name", "Name")</c>.</summary>
    public static RenderFragment Title(string key, string text) => builder =>
    {
        OpenTitle(builder, key);
        builder.AddContent(6, text);
        CloseTitle(builder, key);
    };

    /// <summary>A title with markup: <c>@HelpTip.Title("atoms.u", @&lt;text&gt;U&lt;sub&gt;iso&lt;/sub&gt;&lt;/text&gt;)</c>.</summary>
    public static RenderFragment Title(string key, RenderFragment content) => builder =>
    {
        OpenTitle(builder, key);
        builder.AddContent(7, content);
        CloseTitle(builder, key);
    };

    /// <summary>An input that takes the focus itself, with its text: <c>@HelpTip.Field("energy-kev", @&lt;MudNumericField … /&gt;)</c>.</summary>
    public static RenderFragment Field(string key, RenderFragment content) => builder =>
    {
        builder.OpenElement(0, "div");
        builder.AddAttribute(1, "class", "help-tip help-tip-field");
        builder.OpenElement(2, "div");
        builder.AddAttribute(3, "data-help-key", key);
        builder.AddContent(4, content);
        builder.CloseElement();
        AddText(builder, key);
        builder.CloseElement();
    };

    private static void OpenTitle(RenderTreeBuilder builder, string key)
    {
        builder.OpenElement(0, "span");
        builder.AddAttribute(1, "class", "help-tip");
        builder.OpenElement(2, "span");
        builder.AddAttribute(3, "class", "help-tip-title");
        builder.AddAttribute(4, "tabindex", "0");
        builder.AddAttribute(5, "data-help-key", key);
    }

    private static void CloseTitle(RenderTreeBuilder builder, string key)
    {
        builder.CloseElement();
        AddText(builder, key);
        builder.CloseElement();
    }

    private static void AddText(RenderTreeBuilder builder, string key)
    {
        builder.OpenElement(10, "span");
        builder.AddAttribute(11, "class", "help-tip-text");
        builder.AddAttribute(12, "role", "tooltip");
        builder.OpenElement(13, "span");
        builder.AddAttribute(14, "class", "help-tip-bubble");
        builder.AddContent(15, HelpTexts.For(key));
        builder.CloseElement();
        builder.CloseElement();
    }
}
