namespace DfxrmViz.Core.Planning.Json;

/// <summary>Size caps of a plan (docs/api.md "The plan"): a plan from the network or an address is bounded before any
/// physics runs, so a huge upload is refused with a message instead of tying up the server.</summary>
public static class PlanLimits
{
    /// <summary>CIF text, UTF-8 bytes (the API's default body limit).</summary>
    public const int MaxCifBytes = 5 * 1024 * 1024;

    /// <summary>.lens text, UTF-8 bytes.</summary>
    public const int MaxLensBytes = 1024 * 1024;

    /// <summary>Reflections found on the instrument in one mount check.</summary>
    public const int MaxFoundReflections = 64;

    /// <summary>File names, block names and ids.</summary>
    public const int MaxNameLength = 255;

    /// <summary>|index| of hkl and crystal vectors.</summary>
    public const int MaxIndex = 999;

    /// <summary>Elements listed in the view options (there are 118).</summary>
    public const int MaxElements = 118;

    /// <summary>Whole plan JSON, UTF-8 bytes (CIF + lens + the rest).</summary>
    public const int MaxPlanBytes = MaxCifBytes + MaxLensBytes + (256 * 1024);

    /// <summary>Nesting depth of plan JSON.</summary>
    public const int MaxDepth = 16;
}
