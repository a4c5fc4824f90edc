namespace DfxrmViz.LoadTest;

/// <summary>Follows, batch by batch, the "change" event handler of one input (found by its DOM id) the way the browser's event
/// delegator does: the handler id arrives with the element; a later render of the same component may replace it
/// (a SetAttribute edit of its "onchange") or dispose it (the batch's disposed handler ids).</summary>
public sealed class FieldHandler(string elementId)
{
    private int _onchangeCount;

    /// <summary>The id to dispatch "change" events to, 0 while unknown or disposed.</summary>
    public ulong HandlerId { get; private set; }

    /// <summary>The component that rendered the input (the event's field info names it).</summary>
    public int ComponentId { get; private set; } = -1;

    /// <summary>Reads one batch.</summary>
    public void Observe(RenderBatch batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var owners = batch.FrameOwners();
        var found = false;
        for (var i = 0; i < batch.ReferenceFrames.Count; i++)
        {
            var f = batch.ReferenceFrames[i];
            if (f.Type != FrameType.Element || owners[i] < 0)
            {
                continue;
            }
            var attributes = batch.AttributesOf(i).ToList();
            if (!attributes.Any(a => a.Name == "id" && a.Value == elementId))
            {
                continue;
            }
            var change = attributes.FirstOrDefault(a => a.Name == "onchange" && a.EventHandlerId != 0);
            HandlerId = change.EventHandlerId;
            ComponentId = owners[i];
            found = true;
            // How many "onchange" attributes this component renders: a later SetAttribute of "onchange" is ours only if one.
            _onchangeCount = 0;
            for (var j = 0; j < batch.ReferenceFrames.Count; j++)
            {
                if (owners[j] == ComponentId && batch.ReferenceFrames[j] is { Type: FrameType.Attribute, Name: "onchange" })
                {
                    _onchangeCount++;
                }
            }
        }
        if (!found && ComponentId >= 0)
        {
            foreach (var diff in batch.Diffs.Where(d => d.ComponentId == ComponentId))
            {
                var replaced = diff.Edits
                    .Where(e => e.Type == EditType.SetAttribute && e.ReferenceFrameIndex >= 0 && e.ReferenceFrameIndex < batch.ReferenceFrames.Count)
                    .Select(e => batch.ReferenceFrames[e.ReferenceFrameIndex])
                    .Where(a => a is { Type: FrameType.Attribute, Name: "onchange" } && a.EventHandlerId != 0)
                    .ToList();
                if (replaced.Count == 1 && _onchangeCount == 1)
                {
                    HandlerId = replaced[0].EventHandlerId;
                    found = true;
                }
            }
        }
        if (!found && HandlerId != 0 && batch.DisposedEventHandlerIds.Contains(HandlerId))
        {
            HandlerId = 0;
        }
    }
}
