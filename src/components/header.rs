//! The page header: product name (Chinese first) and a one-line description.

use leptos::prelude::*;

/// Title bar with the product name.
#[component]
pub fn AppHeader() -> impl IntoView {
    view! {
        <header class="app-header" data-testid="app-header">
            <h1 class="app-title">
                <span class="app-title-zh">"规划透镜"</span>
                " "
                <span class="app-title-en" lang="en">"PlanLens"</span>
            </h1>
            <p class="app-tagline">
                "粘贴政府规划文本，查看其中的量化目标。"
                <span class="app-tagline-en" lang="en">
                    "Paste a Chinese government plan and see its quantitative targets."
                </span>
            </p>
        </header>
    }
}
