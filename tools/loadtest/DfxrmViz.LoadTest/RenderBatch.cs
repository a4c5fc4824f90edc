using System.Buffers.Binary;
using System.Text;

namespace DfxrmViz.LoadTest;

// The binary render batch a Blazor Server circuit sends in "JS.RenderBatch" (ASP.NET Core 10: RenderBatchWriter.cs writes it,
// blazor.web.js OutOfProcessRenderBatch.ts reads it). Layout, all integers little-endian:
//   updated components: int count, then count int offsets of diffs; a diff is int componentId, int editCount, edits (16 bytes:
//     int type, int siblingIndex, int referenceFrameIndex, int removedAttributeName string index);
//   reference frames: int count, frames of 20 bytes (int type + 16 bytes that depend on the type);
//   disposed component ids: int count, ints; disposed event handler ids: int count, uint64s;
//   string table: strings as BinaryWriter writes them (7-bit encoded UTF-8 length, bytes), then one int offset per string;
//   trailer: five int offsets (updated components table, reference frames, disposed components, disposed handlers, string table).

/// <summary>RenderTreeFrameType (Microsoft.AspNetCore.Components.RenderTree, ASP.NET Core 10).</summary>
public enum FrameType
{
    None = 0,
    Element = 1,
    Text = 2,
    Attribute = 3,
    Component = 4,
    Region = 5,
    ElementReferenceCapture = 6,
    ComponentReferenceCapture = 7,
    Markup = 8,
    ComponentRenderMode = 9,
    NamedEvent = 10,
}

/// <summary>RenderTreeEditType (Microsoft.AspNetCore.Components.RenderTree, ASP.NET Core 10).</summary>
public enum EditType
{
    PrependFrame = 1,
    RemoveFrame = 2,
    SetAttribute = 3,
    RemoveAttribute = 4,
    UpdateText = 5,
    StepIn = 6,
    StepOut = 7,
    UpdateMarkup = 8,
    PermutationListEntry = 9,
    PermutationListEnd = 10,
}

/// <summary>One frame: <see cref="Name"/> is the element or attribute name, <see cref="Value"/> the attribute value, text or
/// markup; <see cref="SubtreeLength"/> counts the frame itself and its descendants (element, component, region).</summary>
public readonly record struct Frame(FrameType Type, int SubtreeLength, int ComponentId, string? Name, string? Value, ulong EventHandlerId);

/// <summary>One edit of a component's diff.</summary>
public readonly record struct Edit(EditType Type, int SiblingIndex, int ReferenceFrameIndex, string? RemovedAttributeName);

/// <summary>The edits of one component.</summary>
public sealed record ComponentDiff(int ComponentId, IReadOnlyList<Edit> Edits);

/// <summary>A decoded render batch.</summary>
public sealed class RenderBatch
{
    private const int FrameBytes = 20;
    private const int EditBytes = 16;

    private RenderBatch(IReadOnlyList<ComponentDiff> diffs, IReadOnlyList<Frame> frames, IReadOnlyList<int> disposedComponents,
        IReadOnlyList<ulong> disposedHandlers)
    {
        Diffs = diffs;
        ReferenceFrames = frames;
        DisposedComponentIds = disposedComponents;
        DisposedEventHandlerIds = disposedHandlers;
    }

    public IReadOnlyList<ComponentDiff> Diffs { get; }

    public IReadOnlyList<Frame> ReferenceFrames { get; }

    public IReadOnlyList<int> DisposedComponentIds { get; }

    public IReadOnlyList<ulong> DisposedEventHandlerIds { get; }

    /// <summary>Decodes <paramref name="data"/>; throws <see cref="FormatException"/> naming the byte offset when it is not a
    /// render batch.</summary>
    public static RenderBatch Parse(ReadOnlySpan<byte> data)
    {
        if (data.Length < 5 * 4)
        {
            throw new FormatException($"render batch: {data.Length} bytes, shorter than its 20-byte trailer");
        }
        var t = data.Length - 20;
        int updated = Int(data, t), frames = Int(data, t + 4), disposedComponents = Int(data, t + 8),
            disposedHandlers = Int(data, t + 12), strings = Int(data, t + 16);
        var table = new StringTable(data, strings, t);

        var diffCount = Count(data, updated, 4, "updated components");
        var diffs = new ComponentDiff[diffCount];
        for (var i = 0; i < diffCount; i++)
        {
            var at = Int(data, updated + 4 + (i * 4));
            var componentId = Int(data, at);
            var editCount = Count(data, at + 4, EditBytes, $"edits of component {componentId}");
            var edits = new Edit[editCount];
            for (var e = 0; e < editCount; e++)
            {
                var p = at + 8 + (e * EditBytes);
                edits[e] = new Edit((EditType)Int(data, p), Int(data, p + 4), Int(data, p + 8), table.Read(Int(data, p + 12), p + 12));
            }
            diffs[i] = new ComponentDiff(componentId, edits);
        }

        var frameCount = Count(data, frames, FrameBytes, "reference frames");
        var frameList = new Frame[frameCount];
        for (var i = 0; i < frameCount; i++)
        {
            frameList[i] = ReadFrame(data, frames + 4 + (i * FrameBytes), table);
        }

        var disposedCount = Count(data, disposedComponents, 4, "disposed components");
        var disposed = new int[disposedCount];
        for (var i = 0; i < disposedCount; i++)
        {
            disposed[i] = Int(data, disposedComponents + 4 + (i * 4));
        }
        var handlerCount = Count(data, disposedHandlers, 8, "disposed event handlers");
        var handlers = new ulong[handlerCount];
        for (var i = 0; i < handlerCount; i++)
        {
            handlers[i] = BinaryPrimitives.ReadUInt64LittleEndian(Slice(data, disposedHandlers + 4 + (i * 8), 8));
        }
        return new RenderBatch(diffs, frameList, disposed, handlers);
    }

    /// <summary>Whether this batch puts <paramref name="text"/> on the page: as a text node, an attribute value (an input's
    /// value) or inside markup.</summary>
    public bool Shows(string text)
    {
        foreach (var f in ReferenceFrames)
        {
            switch (f.Type)
            {
                case FrameType.Text when f.Value == text:
                case FrameType.Attribute when f.Value == text:
                case FrameType.Markup when f.Value is { } markup && markup.Contains(text, StringComparison.Ordinal):
                    return true;
            }
        }
        return false;
    }

    /// <summary>The component that rendered each reference frame a <see cref="EditType.PrependFrame"/> or
    /// <see cref="EditType.SetAttribute"/> edit brings (the frame and its subtree), −1 for frames no edit points at.</summary>
    public int[] FrameOwners()
    {
        var owners = new int[ReferenceFrames.Count];
        Array.Fill(owners, -1);
        foreach (var diff in Diffs)
        {
            foreach (var edit in diff.Edits)
            {
                if (edit.Type is not (EditType.PrependFrame or EditType.SetAttribute) || edit.ReferenceFrameIndex < 0 ||
                    edit.ReferenceFrameIndex >= owners.Length)
                {
                    continue;
                }
                var length = Math.Max(1, ReferenceFrames[edit.ReferenceFrameIndex].SubtreeLength);
                var end = Math.Min(owners.Length, edit.ReferenceFrameIndex + length);
                for (var i = edit.ReferenceFrameIndex; i < end; i++)
                {
                    owners[i] = diff.ComponentId;
                }
            }
        }
        return owners;
    }

    /// <summary>The attributes of the element frame at <paramref name="index"/> (they follow it directly).</summary>
    public IEnumerable<Frame> AttributesOf(int index)
    {
        for (var i = index + 1; i < ReferenceFrames.Count && ReferenceFrames[i].Type == FrameType.Attribute; i++)
        {
            yield return ReferenceFrames[i];
        }
    }

    private static Frame ReadFrame(ReadOnlySpan<byte> data, int p, StringTable s)
    {
        var type = (FrameType)Int(data, p);
        return type switch
        {
            FrameType.Element => new Frame(type, Int(data, p + 4), 0, s.Read(Int(data, p + 8), p + 8), null, 0),
            FrameType.Text or FrameType.Markup => new Frame(type, 0, 0, null, s.Read(Int(data, p + 4), p + 4), 0),
            FrameType.Attribute => new Frame(type, 0, 0, s.Read(Int(data, p + 4), p + 4), s.Read(Int(data, p + 8), p + 8),
                BinaryPrimitives.ReadUInt64LittleEndian(Slice(data, p + 12, 8))),
            FrameType.Component => new Frame(type, Int(data, p + 4), Int(data, p + 8), null, null, 0),
            FrameType.Region => new Frame(type, Int(data, p + 4), 0, null, null, 0),
            FrameType.ElementReferenceCapture => new Frame(type, 0, 0, null, s.Read(Int(data, p + 4), p + 4), 0),
            FrameType.ComponentReferenceCapture or FrameType.ComponentRenderMode or FrameType.NamedEvent => new Frame(type, 0, 0, null, null, 0),
            _ => throw new FormatException($"render batch: unknown frame type {(int)type} at byte {p}"),
        };
    }

    private static int Count(ReadOnlySpan<byte> data, int at, int entryBytes, string what)
    {
        var count = Int(data, at);
        if (count < 0 || (long)at + 4 + ((long)count * entryBytes) > data.Length)
        {
            throw new FormatException($"render batch: {what} count {count} at byte {at} runs past the end ({data.Length} bytes)");
        }
        return count;
    }

    private static int Int(ReadOnlySpan<byte> data, int at) => BinaryPrimitives.ReadInt32LittleEndian(Slice(data, at, 4));

    private static ReadOnlySpan<byte> Slice(ReadOnlySpan<byte> data, int at, int length) =>
        at >= 0 && (long)at + length <= data.Length
            ? data.Slice(at, length)
            : throw new FormatException($"render batch: offset {at} (+{length}) outside its {data.Length} bytes");

    /// <summary>The strings, read once each.</summary>
    private sealed class StringTable
    {
        private readonly string[] _strings;

        public StringTable(ReadOnlySpan<byte> data, int table, int trailer)
        {
            if (table < 0 || table > trailer || (trailer - table) % 4 != 0)
            {
                throw new FormatException($"render batch: string table offset {table} does not fit before the trailer at byte {trailer}");
            }
            _strings = new string[(trailer - table) / 4];
            for (var i = 0; i < _strings.Length; i++)
            {
                var at = Int(data, table + (i * 4));
                // BinaryWriter.Write(string): the UTF-8 byte count as a 7-bit encoded integer, then the bytes.
                int length = 0, shift = 0, p = at;
                byte b;
                do
                {
                    b = Slice(data, p++, 1)[0];
                    length |= (b & 0x7F) << shift;
                    shift += 7;
                }
                while ((b & 0x80) != 0 && shift < 35);
                _strings[i] = Encoding.UTF8.GetString(Slice(data, p, length));
            }
        }

        public string? Read(int index, int at) =>
            index == -1 ? null
            : index >= 0 && index < _strings.Length ? _strings[index]
            : throw new FormatException($"render batch: string index {index} at byte {at}, the table has {_strings.Length}");
    }
}
