using Eboi.Forms.Definitions;
using Eboi.Forms.Domain;

namespace Eboi.Tests.Forms;

public sealed class FormDefinitionRulesTests
{
    [Fact]
    public void A_usable_form_passes()
    {
        FormField[] fields = [new() { Name = "imie", Kind = FieldKind.Text, Label = "Imię" }, new() { Name = "rodzaj", Kind = FieldKind.Select, Label = "Rodzaj", Options = ["a", "b"] }];
        Assert.Empty(FormDefinitionRules.Check("Wniosek", "Referat", fields));
    }

    [Fact]
    public void Each_problem_names_its_target()
    {
        FormField[] fields =
        [
            new() { Name = "Imie", Kind = FieldKind.Text, Label = "Imię" },
            new() { Name = "rodzaj", Kind = FieldKind.Select, Label = "Rodzaj" },
            new() { Name = "rodzaj", Kind = FieldKind.Text, Label = " " },
            new() { Name = "kod", Kind = FieldKind.Text, Label = "Kod", Pattern = "([" },
            new() { Name = "ile", Kind = FieldKind.Number, Label = "Ile", Min = 5, Max = 1 },
        ];
        var errors = FormDefinitionRules.Check(" ", "", fields);
        Assert.Equal([FormDefinitionRules.Title, FormDefinitionRules.Department, 0, 1, 2, 2, 3, 4], errors.Select(e => e.Field));
        Assert.Contains("lista wyboru potrzebuje", errors[3].Message);
        Assert.Contains("„rodzaj” powtarza się", errors[4].Message);
        Assert.Equal(FormDefinitionRules.FieldList, Assert.Single(FormDefinitionRules.Check("W", "R", [])).Field);
    }
}
