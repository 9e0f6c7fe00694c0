use leptos::prelude::*;

use super::{dynamic, live};

use crate::model::Workspace;
use crate::routes::Section;
use crate::state::{SaveStatus, use_app_state, use_navigator};

/// App title, who is working, the save state and the main navigation.
#[component]
pub fn AppHeader() -> impl IntoView {
    let state = use_app_state();
    let navigator = use_navigator();
    let library = live(move || state.workspace.with(|w| w.display_name().to_string()));
    let user = move || {
        state
            .workspace
            .with(|w| w.library.user_name.trim().to_string())
    };
    view! {
        <header class="app-header">
            <div class="app-header__top">
                <a href="/" class="app-title">"Ouderpartnerschap"</a>
                <p class="app-header__who">
                    <span class="app-header__library">{library}</span>
                    {dynamic(move || (!user().is_empty()).then(|| view! {
                        <span class="app-header__user">{live(user)}</span>
                    }))}
                </p>
                <SaveIndicator/>
            </div>
            <nav class="main-nav" aria-label="Hoofdmenu">
                <ul>
                    {Section::ALL
                        .iter()
                        .map(|section| {
                            view! {
                                <li>
                                    <a
                                        href=section.path()
                                        aria-current=move || {
                                            (navigator.page.with(|p| p.section()) == Some(*section)).then_some("page")
                                        }
                                    >
                                        {section.label()}
                                    </a>
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
            </nav>
        </header>
    }
}

#[component]
fn SaveIndicator() -> impl IntoView {
    let state = use_app_state();
    let empty = Memo::new(move |_| state.workspace.with(Workspace::is_empty));
    let text = live(move || match state.save_status.get() {
        // Nothing to have saved yet: "Opgeslagen" would claim more than is true.
        SaveStatus::Saved if empty.get() => "Nog niets ingevuld",
        SaveStatus::Saved => "Opgeslagen",
        SaveStatus::Pending => "Opslaan…",
        SaveStatus::Failed(_) => "Niet opgeslagen",
    });
    let class = live(move || match state.save_status.get() {
        SaveStatus::Failed(_) => "save-indicator save-indicator--failed",
        _ => "save-indicator",
    });
    view! {
        <p class=class role="status" aria-live="polite">
            {text}
        </p>
    }
}
