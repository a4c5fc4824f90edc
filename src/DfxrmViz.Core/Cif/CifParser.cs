using DfxrmViz.Core.Diagnostics;

namespace DfxrmViz.Core.Cif;

/// <summary>Parses CIF text into a <see cref="CifDocument"/> (syntax only; gemmi cif.hpp/cifdoc.hpp split).</summary>
/// <remarks>Errors are <see cref="InputException"/>s with field <c>crystal.cif</c>, the 1-based line and the tag concerned.</remarks>
public static class CifParser
{
    /// <summary>Largest CIF accepted, in bytes (UTF-8) or characters: 5 MB, far above any crystal structure file.</summary>
    public const int MaxBytes = 5 * 1024 * 1024;

    /// <summary>Field name used in every CIF problem.</summary>
    public const string Field = "crystal.cif";

    /// <summary>Parses <paramref name="text"/>; throws <see cref="InputException"/> for empty, oversized, binary or malformed input.</summary>
    public static CifDocument Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        CifTextChecks.CheckSizeAndContent(text);
        var builder = new DocumentBuilder();
        string? lastTag = null;
        using var tokens = new CifTokenizer(text).Tokens().GetEnumerator();
        while (true)
        {
            CifToken token;
            try
            {
                if (!tokens.MoveNext())
                {
                    break;
                }
                token = tokens.Current;
            }
            catch (InputException e) when (e.Problem.Tag is null && lastTag is not null)
            {
                throw new InputException(e.Problem with { Tag = lastTag });
            }
            builder.Add(token);
            lastTag = token.Kind == CifTokenKind.Tag ? token.Text : lastTag;
        }
        return builder.Finish();
    }

    internal static InputException Error(string message, int line, string? tag = null, int? column = null) =>
        new(new InputProblem(Field, message, line, column, tag));

    /// <summary>State machine over tokens: block header, pair tag awaiting its value, loop header, loop body.</summary>
    private sealed class DocumentBuilder
    {
        private readonly List<CifBlock> _blocks = [];
        private BlockBuilder? _block;
        private CifToken? _pendingTag;
        private LoopBuilder? _loop;

        public void Add(CifToken t)
        {
            if (_pendingTag is { } tag)
            {
                if (t.Kind != CifTokenKind.Value)
                {
                    throw Error($"Tag {tag.Text} has no value (the next item is '{Short(t.Text)}').", tag.Line, tag.Text);
                }
                _block!.AddPair(tag, t.ToValue());
                _pendingTag = null;
                return;
            }
            if (_loop is not null && (t.Kind == CifTokenKind.Value || (t.Kind == CifTokenKind.Tag && _loop.AcceptsTags)))
            {
                _loop.Add(t);
                return;
            }
            CloseLoop();
            Start(t);
        }

        private void Start(CifToken t)
        {
            switch (t.Kind)
            {
                case CifTokenKind.Data:
                    if (_block is not null)
                    {
                        _blocks.Add(_block.Build());
                    }
                    _block = new BlockBuilder(t.Text[5..], t.Line);
                    return;
                case CifTokenKind.Reserved:
                    throw Error($"'{Short(t.Text)}' (global_, save_ or stop_) is not supported in a crystal-structure CIF.", t.Line, column: t.Column);
            }
            if (_block is null)
            {
                throw Error($"'{Short(t.Text)}' comes before the first data_ block header; a CIF starts with data_name.", t.Line, column: t.Column);
            }
            switch (t.Kind)
            {
                case CifTokenKind.Tag:
                    _pendingTag = t;
                    break;
                case CifTokenKind.Loop:
                    _loop = new LoopBuilder(t.Line);
                    break;
                default:
                    throw Error($"Value '{Short(t.Text)}' has no tag: a value must follow a tag or sit inside a loop_.", t.Line, column: t.Column);
            }
        }

        private void CloseLoop()
        {
            if (_loop is not null)
            {
                _block!.AddLoop(_loop.Build());
                _loop = null;
            }
        }

        public CifDocument Finish()
        {
            if (_pendingTag is { } tag)
            {
                throw Error($"Tag {tag.Text} has no value (the file ends).", tag.Line, tag.Text);
            }
            CloseLoop();
            if (_block is null)
            {
                throw Error("The file contains no data_ block: it is empty or not a CIF.", 1);
            }
            _blocks.Add(_block.Build());
            return new CifDocument([.. _blocks]);
        }
    }

    internal static string Short(string s) => s.Length <= 40 ? s : s[..40] + "…";
}
