//! PlanLens core.
