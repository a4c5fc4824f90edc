using System.Collections.Immutable;

namespace DfxrmViz.Core.Cif;

/// <summary>A CIF <c>loop_</c>: column tags and the values row by row (gemmi cifdoc.hpp <c>Loop</c>).</summary>
/// <param name="Tags">Tags as written (case kept); lookups are case-insensitive.</param>
/// <param name="Values">All values, row-major; the count is a multiple of the tag count.</param>
/// <param name="Line">1-based line of the <c>loop_</c> keyword.</param>
public sealed record CifLoop(ImmutableArray<string> Tags, ImmutableArray<CifValue> Values, int Line)
{
    /// <summary>Number of rows.</summary>
    public int RowCount => Tags.Length == 0 ? 0 : Values.Length / Tags.Length;

    /// <summary>Index of the column with this tag (case-insensitive), or −1.</summary>
    public int ColumnOf(string tag)
    {
        for (var i = 0; i < Tags.Length; i++)
        {
            if (string.Equals(Tags[i], tag, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }
        return -1;
    }

    /// <summary>The value in <paramref name="row"/> of column <paramref name="column"/>.</summary>
    public CifValue this[int row, int column] => Values[row * Tags.Length + column];
}
