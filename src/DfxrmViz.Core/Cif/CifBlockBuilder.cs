
namespace DfxrmViz.Core.Cif;

/// <summary>Collects one data block's pairs and loops and rejects conflicting duplicate tags.</summary>
/// <remarks>A tag may appear once per block (CIF 1.1 §2.2.7.1). gemmi 0.5.7 rejects every duplicate; here a duplicate whose
/// values are equal, or one of which is empty/?/., is tolerated with a warning because it cannot change the result
/// (Dans_Diffraction's Sapphire.cif repeats _chemical_formula_sum with ''); two different values are an error.</remarks>
internal sealed class BlockBuilder(string name, int line)
{
    // Sized for a typical structure block (≈ 30 pairs, ≈ 40 tags with the loops): no rehashing while it fills.
    private readonly Dictionary<string, CifValue> _pairs = new(64, StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, int> _tagLines = new(64, StringComparer.OrdinalIgnoreCase);
    private readonly List<CifLoop> _loops = [];
    private readonly List<string> _warnings = [];

    public void AddPair(CifToken tag, CifValue value)
    {
        var key = tag.Text;
        if (_tagLines.TryGetValue(key, out var firstLine))
        {
            if (!_pairs.TryGetValue(key, out var first))
            {
                throw CifParser.Error($"Tag {tag.Text} appears twice in block data_{name} (first in a loop at line {firstLine}).", tag.Line, tag.Text);
            }
            if (first.Text == value.Text || !value.HasValue || !first.HasValue)
            {
                _warnings.Add($"line {tag.Line}: tag {tag.Text} repeated (first at line {firstLine}); the non-empty value is used.");
                _pairs[key] = first.HasValue ? first : value;
                return;
            }
            throw CifParser.Error($"Tag {tag.Text} appears twice in block data_{name} with different values (first at line {firstLine}).", tag.Line, tag.Text);
        }
        _pairs[key] = value;
        _tagLines[key] = tag.Line;
    }

    public void AddLoop(CifLoop loop)
    {
        foreach (var tag in loop.Tags)
        {
            var key = tag;
            if (_tagLines.TryGetValue(key, out var firstLine))
            {
                throw CifParser.Error($"Tag {tag} appears twice in block data_{name} (first at line {firstLine}).", loop.Line, tag);
            }
            _tagLines[key] = loop.Line;
        }
        _loops.Add(loop);
    }

    public CifBlock Build() => new(name, line, _pairs.AsReadOnly(), _tagLines.AsReadOnly(), [.. _loops], [.. _warnings]);
}

/// <summary>Collects one loop: tags first, then values; checks the value count is a whole number of rows.</summary>
internal sealed class LoopBuilder(int line)
{
    private readonly List<CifToken> _tags = [];
    private readonly List<CifValue> _values = [];

    public bool AcceptsTags => _values.Count == 0;

    public void Add(CifToken t)
    {
        if (t.Kind == CifTokenKind.Tag)
        {
            _tags.Add(t);
        }
        else if (_tags.Count == 0)
        {
            throw CifParser.Error($"loop_ has no tags before its first value '{CifParser.Short(t.Text)}'.", t.Line, column: t.Column);
        }
        else
        {
            _values.Add(t.ToValue());
        }
    }

    public CifLoop Build()
    {
        if (_tags.Count == 0)
        {
            throw CifParser.Error("loop_ has no tags.", line);
        }
        var n = _tags.Count;
        if (_values.Count == 0)
        {
            throw CifParser.Error($"loop_ with tag {_tags[0].Text} has no values.", line, _tags[0].Text);
        }
        if (_values.Count % n != 0)
        {
            var row = _values.Count / n;
            var missing = _tags[_values.Count % n].Text;
            throw CifParser.Error(
                $"loop_ has {_values.Count} values for {n} tags: row {row + 1} stops before {missing}; a value is missing or a value with spaces needs quotes.",
                _values[^1].Line, missing);
        }
        return new CifLoop([.. _tags.Select(x => x.Text)], [.. _values], line);
    }
}
