namespace Eboi.Core.Jobs;

/// <summary>
/// A row of a table served by a <see cref="LeasedQueue{TRow}"/>. The table has the columns id, status ('Pending' while
/// due), attempts, next_attempt_at and last_error.
/// </summary>
public interface ILeasedRow
{
    Guid Id { get; }

    /// <summary>Attempts so far, the current one included (the claim counts it).</summary>
    int Attempts { get; }
}
