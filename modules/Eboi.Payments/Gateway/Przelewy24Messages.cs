namespace Eboi.Payments.Gateway;

// Przelewy24 REST v1 bodies (standards.md §6), camelCase on the wire; amounts in grosze.

/// <summary>POST api/v1/transaction/register.</summary>
internal sealed record P24RegisterRequest(
    int MerchantId, int PosId, string SessionId, long Amount, string Currency, string Description, string Email,
    string Country, string Language, string UrlReturn, string UrlStatus, int TimeLimit, string Sign);

/// <summary>{"data":{"token":…},"responseCode":0}.</summary>
internal sealed record P24RegisterResponse(P24Token? Data, int ResponseCode);

internal sealed record P24Token(string Token);

/// <summary>The notification P24 POSTs to urlStatus once the payer paid.</summary>
internal sealed record P24Notification(
    int MerchantId, int PosId, string SessionId, long Amount, long OriginAmount, string Currency, long OrderId, int MethodId,
    string Statement, string Sign);

/// <summary>PUT api/v1/transaction/verify: mandatory, or the payment is not final.</summary>
internal sealed record P24VerifyRequest(int MerchantId, int PosId, string SessionId, long Amount, string Currency, long OrderId, string Sign);

/// <summary>{"data":{"status":"success"},"responseCode":0}.</summary>
internal sealed record P24VerifyResponse(P24Status? Data, int ResponseCode);

internal sealed record P24Status(string Status);

/// <summary>GET api/v1/transaction/by/sessionId/{sessionId}.</summary>
internal sealed record P24TransactionResponse(P24Transaction? Data, int ResponseCode);

/// <summary>A transaction as P24 reports it; <see cref="Status"/>: 0 no payment, 1 paid (awaiting verify), 2 paid and verified, 3 returned.</summary>
internal sealed record P24Transaction(long OrderId, string SessionId, int Status, long Amount, string Currency, int MethodId = 0, string Statement = "")
{
    public const int NoPayment = 0;
    public const int PaidAwaitingVerify = 1;
    public const int Verified = 2;
    public const int Returned = 3;

    public bool IsPaid => Status is PaidAwaitingVerify or Verified;
}

/// <summary>An error body: {"error":"…","code":…}.</summary>
internal sealed record P24Error(string? Error, int Code);
