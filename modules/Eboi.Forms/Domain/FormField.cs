namespace Eboi.Forms.Domain;

/// <summary>
/// One field of a form version: its name (the answer's key), kind, label, whether it is required, help text, options
/// (select) and limits. Limits left null take the kind's defaults (<see cref="FieldLimits"/>).
/// </summary>
internal sealed record FormField
{
    public string Name { get; init; } = "";
    public FieldKind Kind { get; init; }
    public string Label { get; init; } = "";
    public bool Required { get; init; }
    public string? Help { get; init; }
    public List<string>? Options { get; init; }
    public int? MinLength { get; init; }
    public int? MaxLength { get; init; }
    public decimal? Min { get; init; }
    public decimal? Max { get; init; }

    /// <summary>A regular expression the whole (trimmed) text must match, with the message shown when it does not.</summary>
    public string? Pattern { get; init; }
    public string? PatternMessage { get; init; }
}
