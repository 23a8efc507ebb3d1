//! The page header: product name, tagline, and the language and theme switches.

use leptos::prelude::*;

use crate::state::{use_actions, use_lang, use_theme};

/// Title bar with the product name and the two preference switches.
#[component]
pub fn AppHeader() -> impl IntoView {
    let (lang, theme, act) = (use_lang(), use_theme(), use_actions());
    let s = move || lang.get().s();
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
                    on:click=move |_| act.toggle_lang()
                >
                    {move || s().lang_switch}
                </button>
                <button
                    type="button"
                    class="pref-button"
                    data-testid="theme-toggle"
                    on:click=move |_| act.next_theme()
                >
                    {move || lang.get().theme_button(theme.get())}
                </button>
            </div>
        </header>
    }
}
