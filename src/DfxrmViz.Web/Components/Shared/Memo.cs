using Microsoft.AspNetCore.Components;

namespace DfxrmViz.Web.Components.Shared;

/// <summary>Renders its content again only when <see cref="When"/> changed (value-equal): for MudBlazor inputs inside a
/// section that re-renders with every result (a MudRadioGroup given a new ValueChanged lambda re-renders with its radios).
/// The content's handlers must read the state when they run, not values captured while rendering: a skipped render keeps
/// the handlers of the last one.</summary>
public sealed class Memo : IComponent
{
    private RenderHandle _handle;
    private object? _drawn;
    private bool _hasDrawn;

    /// <summary>What the content shows; the content renders again when it changes.</summary>
    [Parameter, EditorRequired] public object? When { get; set; }

    [Parameter] public RenderFragment? ChildContent { get; set; }

    void IComponent.Attach(RenderHandle renderHandle) => _handle = renderHandle;

    Task IComponent.SetParametersAsync(ParameterView parameters)
    {
        parameters.SetParameterProperties(this);
        if (_hasDrawn && Equals(When, _drawn))
        {
            return Task.CompletedTask;
        }
        (_drawn, _hasDrawn) = (When, true);
        _handle.Render(ChildContent ?? (_ => { }));
        return Task.CompletedTask;
    }
}
