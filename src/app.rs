//! The root component: page header, paste area and results area, wired to the shared state.

use leptos::prelude::*;

use crate::components::{AppHeader, PasteArea, ResultsArea};
use crate::state::Workspace;

/// The whole PlanLens page.
#[component]
pub fn App() -> impl IntoView {
    let workspace = RwSignal::new(Workspace::default());
    let add_document = move |text: String| {
        workspace.update(|ws| {
            ws.add(text);
        });
    };

    view! {
        <div class="page">
            <AppHeader/>
            <main class="layout">
                <PasteArea on_add=add_document/>
                <ResultsArea workspace=workspace.read_only()/>
            </main>
        </div>
    }
}
