using Eboi.Forms.Domain;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Eboi.Forms.Filling;

/// <summary>What the _FieldInput partial needs to render one field: the field, what was typed, the errors and the field's files.</summary>
internal sealed record FieldView(FormField Field, IReadOnlyDictionary<string, string?> Values, ModelStateDictionary State, IReadOnlyList<FormAttachment> Files)
{
    public string? Value(string key) => Values.TryGetValue(key, out var v) ? v : null;

    public IReadOnlyList<string> Errors(string key) =>
        State.TryGetValue(FormInput.Name(key), out var entry) ? [.. entry.Errors.Select(e => e.ErrorMessage)] : [];

    public bool HasErrors => Field.Kind == FieldKind.Address
        ? AddressParts.All.Any(p => Errors(AddressParts.Key(Field.Name, p.Part)).Count > 0)
        : Errors(Field.Name).Count > 0;
}
