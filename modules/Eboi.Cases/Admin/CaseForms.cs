namespace Eboi.Cases.Admin;

/// <summary>A new case in the register, as typed; checked by <see cref="CaseRegister.CreateAsync"/>.</summary>
internal sealed class NewCaseForm
{
    public string? Unit { get; set; }
    public string? Jrwa { get; set; }
    public string? JrwaName { get; set; }
    public string? Title { get; set; }
    public string? PartyName { get; set; }
    public string? Pesel { get; set; }
    public string? Nip { get; set; }
    public string? StartedOn { get; set; }

    /// <summary>The inbox item (a citizen's form or message) the case is opened for, if any: it becomes the case's first incoming document.</summary>
    public Guid? FromItem { get; set; }

    public static readonly IReadOnlyList<string> InPageOrder = [nameof(Unit), nameof(Jrwa), nameof(JrwaName), nameof(Title), nameof(PartyName), nameof(Pesel), nameof(Nip), nameof(StartedOn)];
}

/// <summary>The officer assigned to a case.</summary>
internal sealed class OfficerForm
{
    public string? Name { get; set; }
    public string? Department { get; set; }
    public string? Phone { get; set; }
    public string? Email { get; set; }

    public static readonly IReadOnlyList<string> InPageOrder = [nameof(Name), nameof(Department), nameof(Phone), nameof(Email)];
}

/// <summary>A new stage and the status the case has after it.</summary>
internal sealed class StageForm
{
    public string? Name { get; set; }
    public string? Date { get; set; }
    public string? Status { get; set; }
    public string? Note { get; set; }

    public static readonly IReadOnlyList<string> InPageOrder = [nameof(Name), nameof(Date), nameof(Status), nameof(Note)];
}

/// <summary>An outgoing document; its PDF comes as the form's file field <see cref="FileField"/>.</summary>
internal sealed class DocumentForm
{
    public const string FileField = "Plik";

    public string? Title { get; set; }
    public string? RegisterNumber { get; set; }

    public static readonly IReadOnlyList<string> InPageOrder = [nameof(Title), nameof(RegisterNumber), FileField];
}
