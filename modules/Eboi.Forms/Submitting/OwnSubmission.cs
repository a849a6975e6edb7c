using System.Security.Claims;
using Eboi.Core.Data;
using Eboi.Forms.Domain;
using Microsoft.EntityFrameworkCore;

namespace Eboi.Forms.Submitting;

/// <summary>A sent form of the signed-in citizen, or null (someone else's, or none): never reachable by guessing an id.</summary>
internal sealed class OwnSubmission(EboiDbContext db)
{
    public Task<FormSubmission?> FindAsync(ClaimsPrincipal user, Guid id, CancellationToken ct) =>
        Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var userId)
            ? db.Set<FormSubmission>().AsNoTracking().FirstOrDefaultAsync(s => s.Id == id && s.UserId == userId, ct)
            : Task.FromResult<FormSubmission?>(null);
}
