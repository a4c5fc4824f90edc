namespace DfxrmViz.Core.Planning.Stages;

/// <summary>Status of a pre-flight check (docs/api.md <c>preflight</c>).</summary>
public enum PreflightStatus
{
    /// <summary>Nothing stands in the way.</summary>
    Ok,

    /// <summary>It will work, but something should be looked at.</summary>
    Warning,

    /// <summary>It will not work as planned.</summary>
    Problem,

    /// <summary>Not checked (missing inputs, or still computing).</summary>
    Unchecked,
}

/// <summary>One pre-flight check: <c>absorption</c>, <c>reachability</c> or <c>mount</c> — the three ways beamtime is lost.</summary>
/// <param name="Check">"absorption" | "reachability" | "mount".</param>
/// <param name="Status">Outcome.</param>
/// <param name="Message">What it means, in a sentence.</param>
/// <param name="SuggestionJson">An RFC 7386 JSON merge patch of the plan that, applied, changes the status; null when none is known.</param>
public sealed record PreflightCheck(string Check, PreflightStatus Status, string Message, string? SuggestionJson)
{
    /// <summary>Button text for <see cref="SuggestionJson"/> ("Thin to 60 µm"); null = "Apply the suggestion".</summary>
    public string? SuggestionLabel { get; init; }

    /// <summary>A second merge patch that also changes the status (the absorption check: a higher energy besides a thinner
    /// sample); null when there is none.</summary>
    public string? AlternativeJson { get; init; }

    /// <summary>Button text for <see cref="AlternativeJson"/>.</summary>
    public string? AlternativeLabel { get; init; }
}
