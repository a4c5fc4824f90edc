using DfxrmViz.Core.Planning;

namespace DfxrmViz.Core.Scene;

/// <summary>What changed between two scenes, by node name: what a parameter change sends to the viewer.</summary>
/// <param name="Added">New nodes, parents before children.</param>
/// <param name="Updated">Nodes whose content changed (their children are kept unless listed themselves).</param>
/// <param name="Removed">Names of nodes no longer there.</param>
/// <param name="Views">Camera presets (sent when they changed, else null).</param>
/// <param name="Reset">True when there was no previous scene: the viewer clears and frames the picture.</param>
public sealed record SceneDiff(ValueList<SceneNode> Added, ValueList<SceneNode> Updated, ValueList<string> Removed, ValueList<SceneView>? Views, bool Reset)
{
    /// <summary>Nothing changed.</summary>
    public bool IsEmpty => Added.Count == 0 && Updated.Count == 0 && Removed.Count == 0 && Views is null && !Reset;

    /// <summary>The diff from <paramref name="previous"/> (null: everything is added) to <paramref name="next"/>.</summary>
    public static SceneDiff Between(SceneModel? previous, SceneModel next)
    {
        ArgumentNullException.ThrowIfNull(next);
        if (previous is null)
        {
            return new SceneDiff(next.Nodes, ValueList<SceneNode>.Empty, ValueList<string>.Empty, next.Views, true);
        }
        var old = previous.Nodes.ToDictionary(n => n.Name, StringComparer.Ordinal);
        var added = new List<SceneNode>();
        var updated = new List<SceneNode>();
        foreach (var node in next.Nodes)
        {
            if (!old.TryGetValue(node.Name, out var before))
            {
                added.Add(node);
            }
            else if (!before.Equals(node))
            {
                updated.Add(node);
            }
        }
        var names = next.Nodes.Select(n => n.Name).ToHashSet(StringComparer.Ordinal);
        var removed = previous.Nodes.Where(n => !names.Contains(n.Name)).Select(n => n.Name);
        return new SceneDiff(new(added), new(updated), new(removed), previous.Views.Equals(next.Views) ? null : next.Views, false);
    }
}
