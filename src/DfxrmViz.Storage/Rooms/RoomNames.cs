using System.Text;

namespace DfxrmViz.Storage.Rooms;

/// <summary>Display names of room members: "Guest N" by default; a chosen name is cleaned to one line of printable text.
/// Names are shown as text, never markup, wherever they appear; this only keeps them short and on one line.</summary>
public static class RoomNames
{
    /// <summary>The default name of the member that joined N-th.</summary>
    public static string Guest(long number) => FormattableString.Invariant($"Guest {number}");

    /// <summary>The name as shown: control characters and runs of white space become one space, trimmed, cut to
    /// <paramref name="maxLength"/> characters (never inside a surrogate pair); null when nothing is left.</summary>
    public static string? Clean(string? name, int maxLength)
    {
        if (name is null)
        {
            return null;
        }
        var text = new StringBuilder(Math.Min(name.Length, maxLength));
        var pendingSpace = false;
        foreach (var rune in name.EnumerateRunes())
        {
            if (Rune.IsWhiteSpace(rune) || Rune.IsControl(rune) || Rune.GetUnicodeCategory(rune) == System.Globalization.UnicodeCategory.Format)
            {
                pendingSpace = text.Length > 0;
                continue;
            }
            var needed = rune.Utf16SequenceLength + (pendingSpace ? 1 : 0);
            if (text.Length + needed > maxLength)
            {
                break;
            }
            if (pendingSpace)
            {
                text.Append(' ');
                pendingSpace = false;
            }
            text.Append(rune.ToString());
        }
        return text.Length == 0 ? null : text.ToString();
    }

    /// <summary>A closed time as the page and messages show it: "2026-12-03 11:20 UTC" (ISO 8601 date and time, minutes).</summary>
    public static string ClosedTime(DateTimeOffset closedUtc) =>
        closedUtc.ToUniversalTime().ToString("yyyy'-'MM'-'dd HH':'mm 'UTC'", System.Globalization.CultureInfo.InvariantCulture);
}
