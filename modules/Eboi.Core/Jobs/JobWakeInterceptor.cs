using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Eboi.Core.Jobs;

/// <summary>Wakes the job loop when a transaction of a context that staged work commits ("wake on local commits").</summary>
public sealed class JobWakeInterceptor(JobSignal signal) : DbTransactionInterceptor
{
    public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData)
    {
        if (eventData.Context is { } db && signal.HasStaged(db)) signal.Wake();
    }

    public override Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        TransactionCommitted(transaction, eventData);
        return Task.CompletedTask;
    }
}
