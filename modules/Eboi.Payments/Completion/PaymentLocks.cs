using Eboi.Core.Data;
using Eboi.Payments.Domain;
using Microsoft.EntityFrameworkCore;

namespace Eboi.Payments.Completion;

/// <summary>Loads a payment row locked (SELECT … FOR UPDATE) for the rest of the caller's transaction, fresh from the database.</summary>
internal static class PaymentLocks
{
    public static async Task<Payment?> LockPaymentAsync(this EboiDbContext db, Guid id, CancellationToken ct)
    {
        // A tracked copy would win over the locked row's values (EF does not refresh tracked entities).
        foreach (var entry in db.ChangeTracker.Entries<Payment>().Where(e => e.Entity.Id == id).ToList()) entry.State = EntityState.Detached;
        return await db.Set<Payment>().FromSql($"SELECT * FROM payments WHERE id = {id} FOR UPDATE").SingleOrDefaultAsync(ct);
    }
}
