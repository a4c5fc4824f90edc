using System.Globalization;

namespace DfxrmViz.Core.Diagnostics;

/// <summary>What is wrong with one input, and where: the field (API name), and for text inputs the 1-based line/column.</summary>
/// <param name="Field">Input field in API spelling (e.g. <c>energyKeV</c>, <c>crystal.cif</c>).</param>
/// <param name="Message">Plain-language message for the user, naming the problem and the fix where known.</param>
/// <param name="Line">1-based line in the uploaded text, when the input is a file.</param>
/// <param name="Column">1-based column, when known.</param>
/// <param name="Tag">The CIF tag or file key concerned, when known.</param>
public sealed record InputProblem(string Field, string Message, int? Line = null, int? Column = null, string? Tag = null)
{
    /// <summary>Whether the input is well-formed but physically impossible (HTTP 422) rather than malformed (400).</summary>
    public bool PhysicallyImpossible { get; init; }

    /// <summary>Formats a number for a message without ever printing NaN/∞ as if it were a value.</summary>
    public static string Show(double value) => double.IsNaN(value) ? "not a number"
        : double.IsInfinity(value) ? "infinite"
        : value.ToString("G6", CultureInfo.InvariantCulture);

    /// <summary>Message with its location, e.g. "line 12, tag _cell_length_a: …".</summary>
    public string Located
    {
        get
        {
            var where = new List<string>();
            if (Line is int l)
            {
                where.Add(Column is int c ? $"line {l}, column {c}" : $"line {l}");
            }
            if (Tag is not null)
            {
                where.Add($"tag {Tag}");
            }
            return where.Count == 0 ? Message : $"{string.Join(", ", where)}: {Message}";
        }
    }
}

/// <summary>Thrown by Core for input the physics cannot accept; the web layer turns it into a message by the field or problem+json.</summary>
public sealed class InputException : Exception
{
    public InputException(InputProblem problem) : base(problem.Located) => Problem = problem;

    public InputException(string field, string message) : this(new InputProblem(field, message)) { }

    public InputException() : this("input", "The input is not valid.") { }

    public InputException(string message) : this("input", message) { }

    public InputException(string message, Exception innerException) : base(message, innerException) =>
        Problem = new InputProblem("input", message);

    /// <summary>The problem, with field and location.</summary>
    public InputProblem Problem { get; }
}
