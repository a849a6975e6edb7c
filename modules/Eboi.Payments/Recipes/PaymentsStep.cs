using System.Security.Cryptography;
using System.Text.Json;
using Eboi.Core.Data;
using Eboi.Core.Recipes;
using Eboi.Payments.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Eboi.Payments.Recipes;

/// <summary>
/// The recipe's "payments": the tenant's gateway settings row (fee table, timeouts, merchant ids). A tenant with the
/// Payments module and no section gets the defaults (no fees, a random merchant id for the fake gateway); a merchant id
/// once given stays unless the recipe names another. Secrets are never in a recipe.
/// </summary>
internal sealed class PaymentsStep : IRecipeStep
{
    public const string StepName = "payments";

    public string Name => StepName;
    public int Order => 660;
    public RecipeSchemaFragment Schema { get; } = RecipeSchemaFragment.FromResource(typeof(PaymentsStep), "payments.schema.json");

    public void Validate(JsonElement? fragment, RecipeValidationContext context, List<RecipeError> errors)
    {
        if (Read(fragment) is not { } data) return;
        if (!context.Modules.Contains(PaymentsModule.ModuleName))
            errors.Add(new("$.modules", $"Przepis zawiera ustawienia płatności, ale nie włącza modułu {PaymentsModule.ModuleName}."));
        for (var i = 0; i < data.Fees.Count; i++)
            if (data.Fees.FindIndex(f => f.Channel == data.Fees[i].Channel) != i)
                errors.Add(new($"$.{StepName}.fees[{i}].channel", $"Sposób płatności „{data.Fees[i].Channel}” powtarza się."));
        if (data.TimeoutMinutes is { } timeout && data.ExpireAfterMinutes is { } expire && expire < timeout)
            errors.Add(new($"$.{StepName}.expireAfterMinutes", "Płatność nie może wygasnąć, zanim minie czas na powiadomienie (timeoutMinutes)."));
    }

    public string? Describe(JsonElement? fragment, RecipeState state) =>
        Read(fragment) is { } data ? $"tabela opłat: {data.Fees.Count} poz." : null;

    public async Task<int> ApplyAsync(JsonElement? fragment, RecipeApplyContext context, CancellationToken ct)
    {
        var data = Read(fragment);
        if (data is null && !context.Modules.Contains(PaymentsModule.ModuleName)) return 0;
        var db = context.Services.GetRequiredService<EboiDbContext>();
        var now = context.Services.GetRequiredService<TimeProvider>().GetUtcNow();
        var row = await db.Set<PaymentSettings>().FirstOrDefaultAsync(ct);
        var created = row is null;
        if (row is null)
        {
            var merchant = data?.MerchantId ?? RandomMerchantId();
            db.Add(row = new PaymentSettings { TenantId = context.TenantId, MerchantId = merchant, PosId = data?.PosId ?? merchant, UpdatedAt = now });
        }
        var before = JsonSerializer.Serialize(row, JsonColumn.Options);
        if (data is not null)
        {
            row.MerchantId = data.MerchantId ?? row.MerchantId;
            row.PosId = data.PosId ?? (data.MerchantId is { } m ? m : row.PosId);
            row.GatewayUrl = data.GatewayUrl;
            row.Fees = data.Fees;
            row.TimeoutMinutes = data.TimeoutMinutes ?? PaymentSettings.DefaultTimeoutMinutes;
            row.ExpireAfterMinutes = data.ExpireAfterMinutes ?? PaymentSettings.DefaultExpireAfterMinutes;
        }
        if (!created && JsonSerializer.Serialize(row, JsonColumn.Options) == before) return 0;
        row.UpdatedAt = now;
        return 1;
    }

    // Nine or ten digits: collisions between gminy are improbable and, should one happen, the unique index refuses it.
    private static int RandomMerchantId() => RandomNumberGenerator.GetInt32(100_000_000, int.MaxValue);

    private static RecipePayments? Read(JsonElement? fragment) =>
        fragment is { ValueKind: JsonValueKind.Object } f ? f.Deserialize<RecipePayments>(JsonColumn.Options) : null;
}
