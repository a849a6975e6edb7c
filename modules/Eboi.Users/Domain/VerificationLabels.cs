namespace Eboi.Users.Domain;

/// <summary>Polish names of verification states (seed 004: Niezweryfikowano / Zweryfikowano).</summary>
internal static class VerificationLabels
{
    public static string Of(VerificationStatus status) => status switch
    {
        VerificationStatus.Verified => "Zweryfikowano",
        VerificationStatus.Pending => "Wniosek czeka na decyzję",
        VerificationStatus.Rejected => "Wniosek odrzucony",
        _ => "Niezweryfikowano",
    };
}
