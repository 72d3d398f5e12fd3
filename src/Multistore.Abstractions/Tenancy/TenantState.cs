namespace Multistore.Tenancy;

public enum TenantState
{
    /// <summary>Registered, not set up: serves nothing yet.</summary>
    Uninitialized,

    /// <summary>Its recipe is running: requests get 503 with Retry-After.</summary>
    Initializing,

    Running,

    /// <summary>Switched off by an operator: requests get a 503 page.</summary>
    Disabled,

    /// <summary>Its settings cannot be used (a database that cannot be reached, a broken registration).</summary>
    Invalid,

    /// <summary>Registered with a recipe; waits for its own administrator to open the time-limited setup link.</summary>
    AwaitingSetup,

    /// <summary>Its data is being moved to another database: for a few seconds requests get 503 with Retry-After.</summary>
    Maintenance,
}
