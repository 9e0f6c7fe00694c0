//! App title, who is working, the save state and the main navigation.

use leptos::prelude::*;
use leptos_router::hooks::use_location;

use crate::model::{LibraryStoreFields, Workspace, WorkspaceStoreFields};
use crate::routes::{CONVERSATION_PATH, REPORT_PATH, Section, query_value};
use crate::state::{SaveStatus, use_app_state};

#[component]
pub fn AppHeader() -> impl IntoView {
    let state = use_app_state();
    let user = move || {
        state
            .workspace
            .library()
            .user_name()
            .with(|name| name.trim().to_string())
    };
    let section = current_section();
    view! {
        <header class="app-header">
            <div class="app-header__top">
                <a href="/" class="app-title">"Ouderpartnerschap"</a>
                <p class="app-header__who">
                    <span class="app-header__library">{move || state.library_name()}</span>
                    <Show when=move || !user().is_empty()>
                        <span class="app-header__user">{user}</span>
                    </Show>
                </p>
                <SaveIndicator/>
            </div>
            <nav class="main-nav" aria-label="Hoofdmenu">
                <ul>
                    {Section::ALL
                        .into_iter()
                        .map(|item| {
                            view! {
                                <li>
                                    <a
                                        href=item.path()
                                        aria-current=move || (section.get() == Some(item)).then_some("page")
                                    >
                                        {item.label()}
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

/// The part of the app the current page belongs to; a conversation's part depends on
/// whose it is, and is left unmarked until the conversation is known.
fn current_section() -> Memo<Option<Section>> {
    let state = use_app_state();
    let location = use_location();
    Memo::new(move |_| {
        let path = location.pathname.get();
        if ![CONVERSATION_PATH, REPORT_PATH].contains(&path.as_str()) {
            return Section::of_page(&path, false);
        }
        let id = location.search.with(|search| query_value(search, "id"))?;
        // Looked up in the list, as the page itself does: a large workspace's records are
        // read after the first page, and a key not yet in the store is tracked by no one.
        let kind = state
            .workspace
            .conversations()
            .with(|all| all.iter().find(|c| c.id == id).map(|c| c.kind))?;
        Section::of_page(&path, kind.is_library())
    })
}

#[component]
fn SaveIndicator() -> impl IntoView {
    let state = use_app_state();
    let empty = Memo::new(move |_| state.read_all(Workspace::is_empty));
    let text = move || match state.save_status.get() {
        // Nothing to have saved yet: "Opgeslagen" would claim more than is true.
        SaveStatus::Saved if empty.get() => "Nog niets ingevuld",
        SaveStatus::Saved => "Opgeslagen",
        SaveStatus::Pending => "Opslaan…",
        SaveStatus::Failed(_) => "Niet opgeslagen",
    };
    let failed = move || matches!(state.save_status.get(), SaveStatus::Failed(_));
    view! {
        <p class="save-indicator" class:save-indicator--failed=failed role="status" aria-live="polite">
            {text}
        </p>
    }
}
