//! The page header: product name, tagline, and the language and theme switches.

use leptos::prelude::*;

use crate::state::use_state;

/// Title bar with the product name and the two preference switches.
#[component]
pub fn AppHeader() -> impl IntoView {
    let st = use_state();
    let s = move || st.lang.get().s();
    view! {
        <header class="app-header" data-testid="app-header">
            <div class="app-header-text">
                <h1 class="app-title">
                    <span class="app-title-zh">"规划透镜"</span>
                    " "
                    <span class="app-title-en" lang="en">"PlanLens"</span>
                </h1>
                <p class="app-tagline">{move || s().tagline}</p>
            </div>
            <div class="prefs">
                <button
                    type="button"
                    class="pref-button"
                    data-testid="lang-toggle"
                    aria-label=move || s().lang_switch_label
                    on:click=move |_| st.lang.update(|l| *l = l.other())
                >
                    {move || s().lang_switch}
                </button>
                <button
                    type="button"
                    class="pref-button"
                    data-testid="theme-toggle"
                    on:click=move |_| st.theme.update(|t| *t = t.next())
                >
                    {move || st.lang.get().theme_button(st.theme.get())}
                </button>
            </div>
        </header>
    }
}
