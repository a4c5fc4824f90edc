using Microsoft.AspNetCore.Components;

namespace DfxrmViz.Web.Components.Shared;

/// <summary>Base of an input field: renders again only when what it draws (<see cref="Drawn"/>, value-equal) changed. Its
/// parent hands it a new Commit delegate on every render, and Blazor re-renders a child whose parameters may have changed,
/// MudBlazor input and all (about five components each): an energy edit re-rendered every field on the page.</summary>
public abstract class FieldComponentBase : ComponentBase
{
    private object? _drawn;
    private bool _hasDrawn;

    /// <summary>Everything the field's markup shows: its parameters as drawn and its own state (text, error).</summary>
    protected abstract object? Drawn { get; }

    protected override bool ShouldRender()
    {
        var drawn = Drawn;
        if (_hasDrawn && Equals(drawn, _drawn))
        {
            return false;
        }
        (_drawn, _hasDrawn) = (drawn, true);
        return true;
    }
}
