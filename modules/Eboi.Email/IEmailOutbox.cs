namespace Eboi.Email;

/// <summary>The one way other modules send e-mail: a row in the outbox, committed with the change that caused it.</summary>
public interface IEmailOutbox
{
    /// <summary>
    /// Renders the tenant's template (or the default) and ADDS an outbox row to the scoped EboiDbContext
    /// without saving: the caller's SaveChanges commits it together with the change that caused it.
    /// </summary>
    /// <exception cref="ArgumentException">Unknown template key, or <c>To</c> is not an e-mail address.</exception>
    /// <exception cref="InvalidOperationException">The DbContext has no tenant.</exception>
    Task EnqueueAsync(OutgoingEmail email, CancellationToken ct = default);
}
