namespace Eboi.Email;

/// <summary>Settings under Eboi:Mail; the public URL and the data folder are shared (<see cref="Core.EboiOptions"/>).</summary>
public sealed class EmailOptions
{
    public const string Section = "Eboi:Mail";

    /// <summary>Envelope and From address; the display name is the tenant's office name.</summary>
    public string From { get; set; } = "noreply@eboi.localhost";

    public SmtpSettings Smtp { get; set; } = new();

    public OutboxSettings Outbox { get; set; } = new();

    /// <summary>Folder the .eml fallback writes to, under the data folder.</summary>
    public static string PickupDirectory(Core.EboiOptions eboi) => Path.Combine(eboi.FullDataPath, "mail");
}

/// <summary>SMTP server (Eboi:Mail:Smtp); no Host means "write .eml files instead".</summary>
public sealed class SmtpSettings
{
    public string? Host { get; set; }
    public int Port { get; set; } = 25;
    public bool EnableSsl { get; set; }
    public string? UserName { get; set; }
    public string? Password { get; set; }

    /// <summary>Per message; kept well below the claim lease so a slow server cannot cause a double send.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Host);
}

/// <summary>The e-mail queue on the job loop (Eboi:Mail:Outbox); how often it polls is the loop's Eboi:Jobs:PollInterval.</summary>
public sealed class OutboxSettings
{
    public int BatchSize { get; set; } = 20;

    /// <summary>A claimed row is not due again for this long, so another node does not send it while this one does.</summary>
    public TimeSpan ClaimLease { get; set; } = TimeSpan.FromMinutes(15);

    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(30);
    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromHours(6);
    public int MaxAttempts { get; set; } = 8;

    public Core.Jobs.RetrySchedule RetrySchedule => new(RetryBaseDelay, RetryMaxDelay, MaxAttempts);
}
